package endpoints

import (
	"regexp"
	"strings"
	"sync"
)

// A Partition is a group of AWS regions sharing DNS suffixes (aws, aws-cn,
// aws-us-gov, the isolated aws-iso* partitions, ...), as the SDK's
// partitions.json describes it.
type Partition struct {
	ID                   string
	DNSSuffix            string // amazonaws.com
	DualStackDNSSuffix   string // api.aws
	ImplicitGlobalRegion string // the region global endpoints live in

	regionRegex  string
	allRegions   []string // as listed, pseudo regions included
	hasDualStack bool     // some service has a dual-stack template here

	reOnce sync.Once
	re     *regexp.Regexp
}

// Regions returns the partition's regions, without pseudo regions such as
// aws-global.
func (p *Partition) Regions() []string {
	var out []string
	for _, r := range p.allRegions {
		if !IsPseudoRegion(r) {
			out = append(out, r)
		}
	}
	return out
}

// HasDualStack reports whether the SDK's endpoint data has dual-stack
// endpoints in this partition at all (the isolated partitions have none).
func (p *Partition) HasDualStack() bool { return p.hasDualStack }

// matches reports whether region has the shape of this partition's regions.
func (p *Partition) matches(region string) bool {
	p.reOnce.Do(func() { p.re, _ = regexp.Compile(p.regionRegex) })
	return p.re != nil && p.re.MatchString(region)
}

// Partitions returns every partition, sorted by ID.
func Partitions() []*Partition { return loadDB().partitions }

// PartitionByID returns the partition with the given ID ("aws", "aws-cn", ...).
func PartitionByID(id string) (*Partition, bool) {
	p, ok := loadDB().byID[id]
	return p, ok
}

// PartitionOf returns the partition of a region the SDK data lists. Regions
// it does not list, even when they have a partition's shape, are unknown:
// the resolver answers for what it knows and never guesses.
func PartitionOf(region string) (*Partition, bool) {
	p, ok := loadDB().byRegion[region]
	return p, ok
}

// partitionOfPseudo maps a pseudo region to the partition it belongs to, for
// messages: fips-us-east-1 and us-east-1-fips are in aws.
func partitionOfPseudo(region string) *Partition {
	if p, ok := PartitionOf(region); ok {
		return p
	}
	base := strings.TrimSuffix(strings.TrimPrefix(region, "fips-"), "-fips")
	if p, ok := PartitionOf(base); ok {
		return p
	}
	for _, p := range Partitions() {
		if p.matches(base) {
			return p
		}
	}
	return nil
}

// IsPseudoRegion reports whether region is one of the SDK's pseudo regions:
// names that select an endpoint rather than a region (aws-global,
// aws-cn-global, fips-us-east-1, us-east-1-fips, s3-external-1, local, ...).
// None of them has a dual-stack endpoint.
func IsPseudoRegion(region string) bool {
	switch {
	case region == "local", region == "s3-external-1",
		strings.HasSuffix(region, "-global"),
		strings.HasPrefix(region, "fips-"),
		strings.HasSuffix(region, "-fips"),
		strings.Contains(region, "-fips-"),
		strings.HasPrefix(region, "dualstack-"):
		return true
	}
	return false
}
