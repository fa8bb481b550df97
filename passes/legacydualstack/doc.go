// Package legacydualstack defines an Analyzer that reports the deprecated,
// S3-only dual-stack settings and moves code to the global ones.
//
// # Analyzer legacydualstack
//
// legacydualstack: report deprecated S3-only dual-stack settings
//
// Before the global dual-stack switch, the SDKs had an S3-only one:
// s3.Options.UseDualstack and s3control.Options.UseDualstack in SDK v2, and
// aws.Config.UseDualStack (WithUseDualStack) in v1. They are deprecated,
// honoured only while the global switch is unset, and only by S3 and S3
// Control: on a v1 config shared with other services they do nothing for
// those. The fix moves code to the global switch, the Go counterpart of
// moving from the S3-only shared-config setting
// `s3 = use_dualstack_endpoint = true` to the global `use_dualstack_endpoint`.
//
// When both the old and the new switch are set and disagree, the message
// says which one wins at run time (the global one, when it is not unset).
//
// Wrong:
//
//	client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UseDualstack = true })
//	sess := session.Must(session.NewSession(&aws.Config{UseDualStack: aws.Bool(true)}))
//
// Right:
//
//	client := s3.NewFromConfig(cfg, func(o *s3.Options) {
//		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
//	})
//	sess := session.Must(session.NewSession(&aws.Config{UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
package legacydualstack
