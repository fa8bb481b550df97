package endpoints

import (
	"strings"
	"sync"
)

// db is the decoded index of rawData. Loading it only splits lines and reads
// the P and S records; a service's D and E records are decoded the first time
// that service is looked up, because go vet starts the linter once per package
// and most packages touch one or two services.
type db struct {
	partitions []*Partition
	byID       map[string]*Partition
	byRegion   map[string]*Partition // listed regions, pseudo ones included
	services   []*Service            // sorted by Package
	byPackage  map[string]*Service
}

var loadDB = sync.OnceValue(func() *db { return parseDB(rawData) })

// parseDB never fails: the data is generated and checked by tests, and a
// malformed record is skipped rather than trusted. It reads the P records and
// jumps from S record to S record; D and E records wait for decode.
func parseDB(data string) *db {
	d := &db{
		byID:      map[string]*Partition{},
		byRegion:  map[string]*Partition{},
		byPackage: make(map[string]*Service, 512),
	}
	rest := data
	for rest != "" && !strings.HasPrefix(rest, "S ") {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		if !strings.HasPrefix(line, "P ") {
			continue
		}
		f := strings.Fields(line[2:])
		if len(f) != 7 {
			continue
		}
		p := &Partition{ID: f[0], DNSSuffix: f[1], DualStackDNSSuffix: f[2], ImplicitGlobalRegion: f[3], regionRegex: f[4], hasDualStack: f[6] == "dualstack"}
		p.allRegions = strings.Split(f[5], ",")
		for _, r := range p.allRegions {
			d.byRegion[r] = p
		}
		d.partitions = append(d.partitions, p)
		d.byID[p.ID] = p
	}
	d.services = make([]*Service, 0, 512)
	for rest != "" {
		// rest starts with "S pkg prefix [names]\n".
		header, body, _ := strings.Cut(rest[2:], "\n")
		end := strings.Index(body, "\nS ")
		if end < 0 {
			end = len(body)
			rest = ""
		} else {
			rest = body[end+1:]
		}
		pkg, after, _ := strings.Cut(header, " ")
		prefix, names, _ := strings.Cut(after, " ")
		if pkg == "" || prefix == "" {
			continue
		}
		s := &Service{Package: pkg, Prefix: prefix, names: names, raw: body[:end]}
		d.services = append(d.services, s)
		d.byPackage[pkg] = s
	}
	return d
}

// byName maps endpoint prefixes and the other host prefixes of every service
// to the services using them; only host parsing and prefix lookups need it.
var byName = sync.OnceValue(func() map[string][]*Service {
	m := make(map[string][]*Service, 1024)
	for _, s := range loadDB().services {
		m[s.Prefix] = append(m[s.Prefix], s)
		for n := range strings.SplitSeq(s.names, ",") {
			if n != "" {
				m[n] = append(m[n], s)
			}
		}
	}
	return m
})

// svcPartition is a service's endpoints in one partition.
type svcPartition struct {
	regionalized      bool
	partitionEndpoint string
	tmpl              [4]string            // per variant; "" when absent
	regions           map[string][4]string // per region and variant: "" absent, "=" template, or a hostname
	pattern           [4]string            // template learned from explicit hostnames, when they agree
}

// Variant bits, as in the SDK's internal/endpoints/v2.
const (
	fipsVariant      = 1
	dualStackVariant = 2
)

func (s *Service) decode() map[string]*svcPartition {
	s.once.Do(func() {
		s.listedReason = "listed in the SDK endpoint data (service/" + s.Package + ")"
		s.parts = map[string]*svcPartition{}
		var cur *svcPartition
		var curSuffix [2]string
		d := loadDB()
		for _, line := range strings.Split(s.raw, "\n") {
			f := strings.Fields(line)
			switch {
			case len(f) == 7 && f[0] == "D":
				cur = &svcPartition{regions: map[string][4]string{}}
				if p := d.byID[f[1]]; p != nil {
					curSuffix = [2]string{p.DNSSuffix, p.DualStackDNSSuffix}
				}
				if g, ok := strings.CutPrefix(f[2], "g="); ok {
					cur.partitionEndpoint = g
				} else {
					cur.regionalized = true
				}
				for v := range 4 {
					switch t := f[3+v]; t {
					case "-":
					case "~":
						cur.tmpl[v] = standardTemplate(s.Prefix, v, curSuffix)
					default:
						cur.tmpl[v] = t
					}
				}
				s.parts[f[1]] = cur
			case len(f) == 6 && f[0] == "E" && cur != nil:
				var hosts [4]string
				for v := range 4 {
					if f[1+v] != "-" {
						hosts[v] = f[1+v]
					}
				}
				for _, r := range strings.Split(f[5], ",") {
					cur.regions[r] = hosts
				}
			}
		}
		for _, p := range s.parts {
			p.learnPatterns()
		}
	})
	return s.parts
}

func standardTemplate(prefix string, v int, suffix [2]string) string {
	if v&fipsVariant != 0 {
		prefix += "-fips"
	}
	return prefix + ".{region}." + suffix[v>>1]
}

// learnPatterns finds, per variant, the template that every explicit
// hostname of a real region follows when it is not the default one: ECR's
// dual-stack hosts are ecr.{region}.api.aws while its default template says
// api.ecr.{region}.api.aws, and the SDK's rules follow the hosts.
func (p *svcPartition) learnPatterns() {
	for v := range 4 {
		var pattern string
		consistent := true
		for r, hosts := range p.regions {
			h := hosts[v]
			if h == "" || h == "=" || IsPseudoRegion(r) {
				continue
			}
			i := strings.Index(h, "."+r+".")
			if i < 0 {
				consistent = false
				break
			}
			t := h[:i] + ".{region}." + h[i+len(r)+2:]
			if pattern != "" && t != pattern {
				consistent = false
				break
			}
			pattern = t
		}
		if consistent && pattern != "" {
			p.pattern[v] = pattern
		}
	}
}

// lists reports whether the SDK data lists the service in region (a
// partition-wide endpoint serves every region).
func (p *svcPartition) lists(region string) bool {
	if !p.regionalized {
		return true
	}
	_, ok := p.regions[region]
	return ok
}

// host returns the hostname of variant v in region and whether the SDK data
// lists it explicitly for that region (as opposed to following a template).
func (p *svcPartition) host(region string, v int) (string, bool) {
	key := region
	if !p.regionalized && p.partitionEndpoint != "" {
		if _, listed := p.regions[region]; !listed {
			key = p.partitionEndpoint
		}
	}
	if hosts, ok := p.regions[key]; ok && hosts[v] != "" {
		if hosts[v] != "=" {
			return hosts[v], true
		}
		if p.tmpl[v] != "" {
			return fill(p.tmpl[v], key), true
		}
	}
	t := p.pattern[v]
	if t == "" {
		t = p.tmpl[v]
	}
	if t == "" {
		return "", false
	}
	return fill(t, region), false
}

// fill puts region into a template's {region}.
func fill(tmpl, region string) string {
	before, after, ok := strings.Cut(tmpl, "{region}")
	if !ok {
		return tmpl
	}
	return before + region + after
}
