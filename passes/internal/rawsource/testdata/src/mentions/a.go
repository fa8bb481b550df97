package mentions // want `aws=true linklocal=true octets=true`

const queue = "https://sqs.us-east-1.amazonaws.com/123456789012/q"
