package plan

// The wording of every diagnostic the plan makes, in one place.

import (
	"fmt"
	"go/ast"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/endpoints"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// Fix messages: verb phrases.
const (
	fixSession = "Enable dual-stack endpoints for this session"
	fixClient  = "Enable dual-stack endpoints for this client"
)

// The errors the SDKs return, quoted so that users can search for them.
const (
	errCustom     = "Invalid Configuration: Dualstack and custom endpoint are not supported"
	errCustomS3   = "Cannot set dual-stack in combination with a custom endpoint."
	errDynamoDB   = "Endpoint override is not supported for dual-stack endpoints"
	errAccelFIPS  = "Accelerate cannot be used with FIPS"
	errAccelChina = "S3 Accelerate cannot be used in this region"
)

const msgNoV1Setter = "; no fix: aws.NewConfig().With...() has no setter for UseDualStackEndpoint, use an aws.Config literal"

// words are how a config or session is named in messages.
type words struct {
	call, noun, setting, howto, env, suffix string
}

func configWords(pass *analysis.Pass, cfg *awssdk.Config) words {
	if !cfg.V1 {
		return words{
			call:    "config.LoadDefaultConfig",
			noun:    "config",
			setting: "config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)",
			howto:   "add config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)",
			env:     "AWS_USE_DUALSTACK_ENDPOINT=true",
		}
	}
	w := words{
		call:    "session." + sdk.Callee(pass.TypesInfo, cfg.Call).Name(),
		noun:    "session",
		setting: "UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled",
		howto:   "set UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled in its aws.Config",
		env:     "AWS_USE_DUALSTACK_ENDPOINT=true (a profile's use_dualstack_endpoint counts only with shared config enabled)",
		suffix:  " (aws-sdk-go v1 is past end of support since 2025-07-31; in v2 the switch is config.WithUseDualStackEndpoint)",
	}
	if cfg.SharedConfig == sdk.Enabled {
		w.env = "AWS_USE_DUALSTACK_ENDPOINT=true or the profile sets use_dualstack_endpoint"
	}
	return w
}

// builtFrom names the clients a decision leaves without dual-stack: "the s3
// and sqs clients built from it".
func builtFrom(without []*awssdk.Client) string {
	services := dualstack.Services(without)
	if len(services) == 0 {
		return "the clients built from it"
	}
	built := "the " + dualstack.Serial(services) + " client"
	if len(without) > 1 {
		built += "s"
	}
	return built + " built from it"
}

func msgConfigWithout(w words, built string, n int) string {
	verb := "use"
	if n == 1 {
		verb = "uses"
	}
	return fmt.Sprintf("%s does not enable dual-stack endpoints: %s %s IPv4-only endpoints unless %s; %s", w.call, built, verb, w.env, w.howto)
}

func msgConfigEscapes(w words, why string) string {
	return fmt.Sprintf("%s does not enable dual-stack endpoints, and the %s %s, so the clients built from it are not visible here: "+
		"add %s if every service and region it serves has a dual-stack endpoint and none sets a custom endpoint, or enable it on each client", w.call, w.noun, why, w.setting)
}

func msgConfigDisabled(built string) string {
	return fmt.Sprintf("dual-stack endpoints are explicitly disabled: %s cannot reach AWS from IPv6-only networks, whatever AWS_USE_DUALSTACK_ENDPOINT says", built)
}

func msgConfigDisabledEscapes(w words, why string) string {
	return fmt.Sprintf("dual-stack endpoints are explicitly disabled for a %s that %s: its clients cannot reach AWS from IPv6-only networks, whatever AWS_USE_DUALSTACK_ENDPOINT says", w.noun, why)
}

func msgOptionsHidden(service string) string {
	return fmt.Sprintf("the %s client's options are not all visible here", service)
}

func msgClientCustom(service string) string {
	return fmt.Sprintf("the %s client sets a custom endpoint, which dual-stack would break", service)
}

// clientSetting is what enables dual-stack for one client, as the message
// tells it.
func clientSetting(cl *awssdk.Client) string {
	switch {
	case cl.V1:
		return "UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled in its aws.Config"
	case cl.Origin == awssdk.FromOptions:
		return "EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled"
	}
	return "o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled"
}

func paren(host string) string {
	if host == "" {
		return ""
	}
	return " (" + host + ")"
}

func msgClientDisabled(service, host string) string {
	msg := fmt.Sprintf("dual-stack endpoints are explicitly disabled for this %s client: it cannot reach AWS from IPv6-only networks", service)
	if host != "" {
		msg += "; it uses " + host
	}
	return msg
}

func msgClientLiteral(service, host string) string {
	return fmt.Sprintf("%s.NewFromConfig uses an aws.Config literal, which never reads AWS_USE_DUALSTACK_ENDPOINT or the shared config: the client uses an IPv4-only endpoint%s", service, paren(host))
}

func msgClientOptions(service, host string) string {
	return fmt.Sprintf("%s.New with an Options literal never reads AWS_USE_DUALSTACK_ENDPOINT or the shared config: the client uses an IPv4-only endpoint%s", service, paren(host))
}

func msgClientWithout(service, host string) string {
	return fmt.Sprintf("%s client does not enable dual-stack endpoints: it uses an IPv4-only endpoint%s", service, paren(host))
}

// msgSet tells what to set; clients that read the environment are fine
// with it too.
func msgSet(reads bool, setting string) string {
	if reads {
		return " unless AWS_USE_DUALSTACK_ENDPOINT=true; set " + setting
	}
	return "; set " + setting
}

// msgNoEndpoint says that switching dual-stack on would not help, or is
// not known to.
func msgNoEndpoint(c dualstack.Coverage) string {
	return ", and " + c.Gap() + " (no fix)"
}

func msgCustom(kind awssdk.CustomKind, service string, v1 bool, line int) string {
	switch {
	case v1 && kind == awssdk.BaseEndpoint:
		return fmt.Sprintf("aws-sdk-go v1 ignores dual-stack (enabled at line %d) when Endpoint is set: requests go to that endpoint", line)
	case kind == awssdk.BaseEndpoint:
		msg := errCustom
		if service == "s3" || service == "s3control" {
			msg = errCustomS3
		}
		return fmt.Sprintf("a custom endpoint together with dual-stack (enabled at line %d) fails every request: %q; drop one of them", line, msg)
	case kind == awssdk.Resolver:
		return fmt.Sprintf("the legacy endpoint resolver ignores dual-stack (enabled at line %d): requests go to whatever URL it returns", line)
	}
	return ""
}

func msgDynamoDBBaseEndpoint(host string) string {
	return fmt.Sprintf("BaseEndpoint is DynamoDB's dual-stack endpoint %s, which the SDK rejects (%q): remove BaseEndpoint and set UseDualStackEndpoint = aws.DualStackEndpointStateEnabled", host, errDynamoDB)
}

func accelField(v1 bool) string {
	if v1 {
		return "S3UseAccelerate"
	}
	return "UseAccelerate"
}

func msgAccelFIPS(v1 bool) string {
	return fmt.Sprintf("S3 %s with FIPS endpoints fails: %q", accelField(v1), errAccelFIPS)
}

func msgAccelChina(region string, v1 bool) string {
	if v1 {
		// v1 does not check: it builds an accelerate host under
		// amazonaws.com.cn, which does not exist.
		return fmt.Sprintf("S3 Transfer Acceleration is not available in %s: with %s, aws-sdk-go v1 sends requests to a *.s3-accelerate host in amazonaws.com.cn, which does not resolve", region, accelField(v1))
	}
	return fmt.Sprintf("S3 Transfer Acceleration is not available in %s: requests fail with %q", region, errAccelChina)
}

func msgV1Global(line int, service, host string) string {
	return fmt.Sprintf("dual-stack is enabled (line %d) for an aws-sdk-go v1 %s client: v1's frozen endpoint data builds a regional %s.<region>.api.aws name that does not exist (%s's dual-stack endpoint is %s); use SDK v2, or set Endpoint to https://%s",
		line, service, service, service, host, host)
}

func msgBreakNone(line int, service, region, reason string) string {
	return fmt.Sprintf("dual-stack is enabled (line %d) for the %s client in %s, which has no dual-stack endpoint: %s; requests fail", line, service, region, reason)
}

func msgBreakDerived(line int, service, region, host string) string {
	return fmt.Sprintf("dual-stack is enabled (line %d) for the %s client in %s, but %s: the SDK will use %s, and requests fail if it does not exist",
		line, service, region, endpoints.UnknownPhrase(service, region), host)
}

// The deployment's AWS_USE_DUALSTACK_ENDPOINT=true (-env) breaks a client.

func msgEnvCustom(service string) string {
	err := errCustom
	if service == "s3" || service == "s3control" {
		err = errCustomS3
	}
	return fmt.Sprintf("it sets a custom endpoint, and every request fails with %q", err)
}

func msgEnvBreaks(service, why string) string {
	return fmt.Sprintf("the deployment's AWS_USE_DUALSTACK_ENDPOINT=true (-env) switches this %s client to dual-stack, but %s; opt it out explicitly (UseDualStackEndpoint = DualStackEndpointStateDisabled)", service, why)
}

// Why a site without a finding is in its readiness class.
const (
	msgSiteOpaque  = "the analysis cannot see the config or options this client gets (a parameter, another package, options it cannot follow)"
	msgSiteCustom  = "it sets a custom endpoint: where requests go is up to that endpoint"
	msgSiteAlready = "its usual endpoint is dual-stack already"
	msgSiteEnabled = "dual-stack is enabled in the code"
	msgSiteEnvOn   = "the deployment's AWS_USE_DUALSTACK_ENDPOINT=true (-env) enables dual-stack"
	msgSiteEnv     = "its config reads AWS_USE_DUALSTACK_ENDPOINT: ready once the deployment sets it to true"
)

// The deprecated S3-only switches (legacydualstack).

const (
	legacyV2Global = "EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled"
	legacyV1Global = "UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled"
	fixLegacy      = "Use the global dual-stack switch"
	msgNoV1Global  = "no fix: aws.Config has no WithUseDualStackEndpoint setter, so set UseDualStackEndpoint in an aws.Config literal"
)

// legacyDiag is the finding for a deprecated switch at n, of service
// (v2) or of SDK v1, with extra appended.
func legacyDiag(n ast.Node, v1 bool, service, extra string) analysis.Diagnostic {
	msg := service + ".Options.UseDualstack is deprecated and S3-only: set " + legacyV2Global + ", the global switch (as use_dualstack_endpoint replaced the shared config's s3 = use_dualstack_endpoint)"
	if v1 {
		msg = "aws.Config.UseDualStack is deprecated and honoured only by S3 and S3 Control: set " + legacyV1Global + ", the global switch (as use_dualstack_endpoint replaced the shared config's s3 = use_dualstack_endpoint)"
	}
	if extra != "" {
		msg += "; " + extra
	}
	return analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg}
}

// noEffect says which services a v1 config's UseDualStack does nothing for.
func noEffect(clients []*awssdk.Client) string {
	var others []string
	for _, cl := range clients {
		if s := cl.Service; s != "s3" && s != "s3control" && !slices.Contains(others, s) {
			others = append(others, s)
		}
	}
	switch len(others) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("it has no effect on the %s client built from this config (the global switch turns it on too)", others[0])
	}
	return fmt.Sprintf("it has no effect on the %s clients built from this config (the global switch turns them on too)", dualstack.Serial(others))
}

// legacyDisagree is the finding for both switches set, and disagreeing.
func legacyDisagree(legacy *ast.KeyValueExpr, v1 bool, global sdk.State) analysis.Diagnostic {
	old := "UseDualstack"
	if v1 {
		old = "UseDualStack"
	}
	msg := fmt.Sprintf("both the deprecated %s and UseDualStackEndpoint are set and disagree: UseDualStackEndpoint (%s) wins at run time, so dual-stack is %s; remove %s",
		old, global, map[sdk.State]string{sdk.Enabled: "on", sdk.Disabled: "off"}[global], old)
	return analysis.Diagnostic{Pos: legacy.Pos(), End: legacy.End(), Message: msg}
}
