// Package endpointconsts holds endpoint constants that templates/ uses as
// endpoints; it uses none of them itself, so nothing is reported here.
package endpointconsts

// QueueURL is an IPv4-only queue URL.
const QueueURL = "https://sqs.us-west-2.amazonaws.com/123456789012/jobs"

// QueueFormat is the same with a region verb.
const QueueFormat = "https://sqs.%s.amazonaws.com/123456789012/jobs"

// DualStackQueueURL is already dual-stack.
const DualStackQueueURL = "https://sqs.us-west-2.api.aws/123456789012/jobs"
