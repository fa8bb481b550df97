package hidden

// Unexported constants and variables are not visible to importers.
const queueURL = "https://sqs.us-east-1.amazonaws.com/123456789012/q"

var QueueURL = queueURL

// A non-string constant.
const Port = 443
