// Package a is analysed and imported by b in the same run: both are built
// in the one SSA program of the run.
package a

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func Config() aws.Config { return aws.Config{Region: "us-west-2"} }

func Client() *s3.Client { return s3.NewFromConfig(Config()) }

type Store struct{ c *s3.Client }

func (s *Store) Client() *s3.Client { return s.c }
