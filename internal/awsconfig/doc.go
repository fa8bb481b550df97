// Package awsconfig checks AWS shared config files (~/.aws/config, and the
// copies teams commit for CI images, containers and local development) for
// settings that keep Go programs off IPv6, under the names of the Go checks:
//
//   - legacydualstack: the nested, S3-only "s3 = use_dualstack_endpoint",
//     which the AWS SDKs for Go ignore (they read only the profile-level
//     use_dualstack_endpoint);
//   - dualstackconfig: a use_dualstack_endpoint that is neither true nor
//     false (any case), which the SDKs read as false without an error;
//   - ipv4endpoint: an endpoint_url (profile level, or a service's in a
//     [services] section) that is an IPv4-only AWS endpoint, fixed to its
//     verified dual-stack form;
//   - dualstackbreak: use_dualstack_endpoint = true with a region that has
//     no dual-stack endpoint (isolated partitions, pseudo regions);
//   - linklocal: ec2_metadata_service_endpoint at the IPv4 IMDS address.
//
// The parser reads the file as aws-sdk-go-v2's config/internal/ini does
// (tokenize.go, parse.go): comments are lines starting with # or ;, or a
// " #"/" ;" after a property's value, but a comment after an indented
// sub-property is part of its value; an indented key = value after a key
// with an empty value is a sub-property of it, after a key with a value it
// is a property of its own; indented text continues a non-empty value.
// Lines the SDK drops without a word (no section header, no separator, a
// property before any section) and a value that is a lone quote character
// (the SDK panics) are syntax errors.
//
// A comment line "# dualstacklint:ignore <check> <reason>" (or ";")
// suppresses that check's findings on the line below it.
package awsconfig
