// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/s3 at v1.114.10.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package s3

import (
	"context"
	"io"
)

// PutObject calls the PutObject API operation.
func (c *Client) PutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

type PutObjectInput struct {
	Bucket        *string
	Key           *string
	Body          io.Reader
	ContentLength *int64
	ContentType   *string
}

type PutObjectOutput struct {
	ETag      *string
	VersionId *string
}

// GetObject calls the GetObject API operation.
func (c *Client) GetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
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

// ListBuckets calls the ListBuckets API operation.
func (c *Client) ListBuckets(ctx context.Context, params *ListBucketsInput, optFns ...func(*Options)) (*ListBucketsOutput, error) {
	return &ListBucketsOutput{}, nil
}

type ListBucketsInput struct {
	BucketRegion *string
	MaxBuckets   *int32
	Prefix       *string
}

type ListBucketsOutput struct {
	ContinuationToken *string
	Prefix            *string
}
