// Stub mirroring the real API of github.com/aws/aws-sdk-go/service/s3 at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package s3

import (
	"io"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// S3 is the client for the service.
type S3 struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "s3"        // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
)

// New creates a new instance of the S3 client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *S3 {
	c := p.ClientConfig(EndpointsID, cfgs...)
	return &S3{Client: &client.Client{Config: *c.Config}}
}

// PutObject API operation.
func (c *S3) PutObject(input *PutObjectInput) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

type PutObjectInput struct {
	Body          io.ReadSeeker
	Bucket        *string
	ContentLength *int64
	ContentType   *string
	Key           *string
}

type PutObjectOutput struct {
	ETag      *string
	VersionId *string
}

// GetObject API operation.
func (c *S3) GetObject(input *GetObjectInput) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}

type GetObjectInput struct {
	Bucket    *string
	Key       *string
	VersionId *string
}

type GetObjectOutput struct {
	Body          io.ReadCloser
	ContentLength *int64
	ContentType   *string
	ETag          *string
}
