// Package ipv4endpoint defines an Analyzer that reports hard-coded IPv4-only
// AWS endpoint hostnames and URLs.
//
// # Analyzer ipv4endpoint
//
// ipv4endpoint: report hard-coded IPv4-only AWS endpoints
//
// AWS's usual endpoint hostnames (sqs.us-east-1.amazonaws.com,
// s3-us-west-2.amazonaws.com, sts.amazonaws.com) resolve to IPv4 addresses
// only: code that hard-codes them cannot reach AWS from IPv6-only networks,
// whatever its SDK settings. The check follows string literals and
// constants, including the constant parts of fmt.Sprintf formats and +
// concatenations, to the places that use them as an endpoint:
//
//   - v2: BaseEndpoint (aws.Config, service Options, config.LoadOptions),
//     config.WithBaseEndpoint, aws.Endpoint{URL}, smithy endpoints'
//     Endpoint{URI} from url.Parse, <svc>.EndpointResolverFromURL;
//   - v1: aws.Config.Endpoint, (*aws.Config).WithEndpoint,
//     endpoints.ResolvedEndpoint{URL};
//   - net/http: http.Get/Head/Post/PostForm, http.NewRequest(WithContext)
//     and the same http.Client methods.
//
// Named constants and package-level variables are followed within the
// package; a constant is reported once, at its literal. An exported
// constant of another package (its value is in the export data) is reported
// at each use, naming the constant; it is fixed where it is declared. The
// check also follows url.URL literals ((&url.URL{Scheme: "https", Host:
// ...}).String(), a variable holding one, u.Host = ...) to their Host
// literal, and {Region} templates expanded with strings.ReplaceAll,
// strings.Replace or strings.NewReplacer(...).Replace: a placeholder
// replaced by a value the check does not know is a hole, like a
// fmt.Sprintf verb. With
// -ipv4endpoint.all, every string constant of non-test code holding such a
// host is reported (off by default: a URL in a log line or doc string is not
// an endpoint).
//
// Every form the embedded resolver parses is recognised: regional and FIPS
// hosts, the S3 family (virtual host, path style, dash-region, global,
// accelerate, access points, S3 Control), China, GovCloud, EUSC, global
// services and SQS queue URLs. Hosts already dual-stack, VPC endpoint hosts
// (their IP family is the VPC endpoint's IpAddressType setting, not the
// SDK's), non-AWS hosts and values from the environment, flags or files are
// not reported.
//
// The fix replaces the host with its dual-stack form, keeping the scheme,
// port, path, query, bucket and FIPS; for fmt.Sprintf formats and
// concatenations it rewrites the constant part when the result is
// unambiguous ("https://sqs.%s.amazonaws.com" → "https://sqs.%s.api.aws",
// "https://sqs.{Region}.amazonaws.com" → "https://sqs.{Region}.api.aws").
// It is offered only when the dual-stack host is verified for the target
// regions (the host's own region, or -regions when the region is a
// placeholder). Never for DynamoDB's BaseEndpoint: the SDK rejects its
// dual-stack hostname there; remove BaseEndpoint and enable
// UseDualStackEndpoint instead. Forms without a dual-stack equivalent (S3
// website endpoints, the isolated partitions) get no fix.
//
// Wrong:
//
//	queue := "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
//	req, _ := http.NewRequest("GET", queue, nil)
//
// Right:
//
//	queue := "https://sqs.us-east-1.api.aws/123456789012/jobs"
package ipv4endpoint
