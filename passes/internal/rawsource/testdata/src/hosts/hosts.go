package hosts

// QueueURL holds an AWS host; the importer's source does not.
const QueueURL = "https://sqs.us-east-1.amazonaws.com/123456789012/q"

// Port is a constant that is not a string.
const Port = 443
