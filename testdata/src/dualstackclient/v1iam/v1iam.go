// Package v1iam: aws-sdk-go v1 builds wrong dual-stack names for IAM, so
// no fix switches it on.
package v1iam

import (
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/iam"
)

func client() *iam.IAM {
	sess := session.Must(session.NewSessionWithOptions(session.Options{SharedConfigState: session.SharedConfigEnable}))
	return iam.New(sess) // want `iam client does not enable dual-stack endpoints: it uses an IPv4-only endpoint; no fix: aws-sdk-go v1 builds a iam.<region>.api.aws name that does not exist \(the dual-stack endpoint is iam.global.api.aws\): set Endpoint to https://iam.global.api.aws, or move to SDK v2`
}
