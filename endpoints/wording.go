package endpoints

import "fmt"

// The phrases below are how messages talk about a missing dual-stack
// endpoint. "Derived" means unknown, not absent: only a None answer (an
// isolated partition, a pseudo region, a documented "no", or no dual-stack
// variant in the SDK data) may say that IPv6-only networks need a VPC
// endpoint or NAT64.

// UnknownPhrase says that nothing documents a dual-stack endpoint for
// service in where (a region, or "any aws region"), and how to check.
func UnknownPhrase(service, where string) string {
	return fmt.Sprintf("no dual-stack endpoint is documented for %s in %s (check it with: dualstacklint endpoints -resolve %s %s)", service, where, service, resolveRegion(where))
}

// AbsentPhrase says that service has no dual-stack endpoint in where.
func AbsentPhrase(service, where string) string {
	return fmt.Sprintf("%s has no dual-stack endpoint in %s: IPv6-only networks need a VPC endpoint or NAT64 to reach it", service, where)
}

// Gap is the phrase for an answer that is not a verified dual-stack
// endpoint: UnknownPhrase for Derived, AbsentPhrase for None, "" for
// Verified.
func (e Endpoint) Gap() string {
	switch e.Confidence {
	case Derived:
		return UnknownPhrase(e.Service, e.Region)
	case None:
		return AbsentPhrase(e.Service, e.Region)
	}
	return ""
}

// resolveRegion is the REGION argument the -resolve hint shows: the region
// itself, or a placeholder when the phrase is about several regions.
func resolveRegion(where string) string {
	if _, ok := PartitionOf(where); ok {
		return where
	}
	return "REGION"
}
