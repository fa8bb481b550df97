// Package endpoints holds endpoint constants that other packages use; it
// uses none of them itself.
package endpoints

const QueueURL = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"

const DualStackQueueURL = "https://sqs.us-east-1.api.aws/123456789012/jobs"

const QueueFormat = "https://sqs.%s.amazonaws.com/123456789012/jobs"

const Suffix = ".amazonaws.com"

const Region = "eu-west-1"

const Table = "https://dynamodb.us-east-1.amazonaws.com"

const Website = "http://site.s3-website-us-east-1.amazonaws.com/"

type Host string

const KMS Host = "kms.us-west-2.amazonaws.com"
