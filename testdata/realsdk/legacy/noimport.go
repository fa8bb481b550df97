package legacy

import "github.com/aws/aws-sdk-go/aws"

// The file does not import aws/endpoints: the fix adds an import
// declaration.
func V1NoImport(c *aws.Config) *aws.Config {
	c.UseDualStack = aws.Bool(true)
	return c
}
