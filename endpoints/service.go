package endpoints

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A Service is one AWS SDK for Go v2 service module's endpoint data.
type Service struct {
	Package string // the SDK v2 package name: "cloudwatch", "ecr", "opensearch"
	Prefix  string // the endpoint prefix in its hostnames: "monitoring", "api.ecr", "es"

	names        string // its other host prefixes, comma-separated
	raw          string // its D and E records, decoded on first use
	once         sync.Once
	parts        map[string]*svcPartition
	listedReason string
}

// LookupService finds a service by SDK v2 package name ("cloudwatch", "ses",
// "opensearch") or by endpoint prefix ("monitoring", "email", "es",
// "api.ecr"). Package names win over prefixes; a prefix several packages
// share (email: ses and sesv2) picks the package named like it, else the
// first by name.
func LookupService(name string) (*Service, error) {
	d := loadDB()
	key := strings.ToLower(strings.TrimSpace(name))
	if s, ok := d.byPackage[key]; ok {
		return s, nil
	}
	if ss := byName()[key]; len(ss) > 0 {
		return pick(ss, key), nil
	}
	return nil, fmt.Errorf("%w %q: not an AWS SDK for Go v2 package name or endpoint prefix in the embedded data", ErrUnknownService, name)
}

func pick(ss []*Service, name string) *Service {
	best := ss[0]
	for _, s := range ss {
		if s.Package == name || (s.Prefix == name && best.Prefix != name) {
			best = s
		}
	}
	return best
}

// Services returns every service in the embedded data, sorted by package.
func Services() []*Service { return loadDB().services }

// Regions returns the regions of a partition, without pseudo regions.
func Regions(partition string) ([]string, error) {
	p, ok := PartitionByID(partition)
	if !ok {
		ids := make([]string, 0, len(Partitions()))
		for _, p := range Partitions() {
			ids = append(ids, p.ID)
		}
		sort.Strings(ids)
		return nil, fmt.Errorf("unknown partition %q (known: %s)", partition, strings.Join(ids, ", "))
	}
	return p.Regions(), nil
}

func (s *Service) partition(id string) *svcPartition { return s.decode()[id] }
