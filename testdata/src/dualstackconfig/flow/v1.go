package flow

import (
	v1aws "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/ec2metadata"
	"github.com/aws/aws-sdk-go/aws/session"
	v1s3 "github.com/aws/aws-sdk-go/service/s3"
)

// A session used only by the metadata client.
func v1Metadata() {
	sess := session.Must(session.NewSession())
	_ = ec2metadata.New(sess)
}

// A session whose Endpoint is set (a mock or local server): every client
// goes there, so dual-stack is irrelevant, used here or returned.
func v1Local() *session.Session {
	return session.Must(session.NewSession(&v1aws.Config{Endpoint: v1aws.String("http://localhost:4566")}))
}

// A chain held in a variable and reused with Copy: the region is seen.
func v1Copy() {
	base := v1aws.NewConfig().WithRegion("us-west-2")
	sess := session.Must(session.NewSession(base.Copy())) // want `session.NewSession does not enable dual-stack endpoints: the s3 client`
	_ = v1s3.New(sess)
}

// An Endpoint from a flag is often empty, and v1 ignores dual-stack when it
// is set: still a decision to report.
func v1FlagEndpoint(endpoint string) {
	sess := session.Must(session.NewSession(v1aws.NewConfig().WithRegion("us-west-2").WithEndpoint(endpoint))) // want `session.NewSession does not enable dual-stack endpoints: the s3 client`
	_ = v1s3.New(sess)
}

// Setters the model does not track keep the chain; reading the session's
// fields is not an escape.
func v1OtherSetters() {
	cfg := v1aws.NewConfig().WithRegion("us-west-2").WithMaxRetries(3).WithS3ForcePathStyle(true)
	sess := session.Must(session.NewSessionWithOptions(session.Options{Config: *cfg})) // want `session.NewSessionWithOptions does not enable dual-stack endpoints: the s3 client`
	_ = sess.Config.Region
	_ = v1s3.New(sess)
}
