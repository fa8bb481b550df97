package endpoints

import (
	"fmt"
	"strings"
)

// parseS3 recognises the S3 family's hostnames, which put the bucket, access
// point or account in front and use the ordinary DNS suffix with a
// "dualstack" label rather than the dual-stack suffix. It reports false when
// labels are not an S3 hostname.
func parseS3(h *Host, p *Partition, labels []string, path string) (bool, error) {
	n := len(labels)
	last := labels[n-1]
	front := func(k int) string { return strings.Join(labels[:k], ".") }
	h.Service, h.Prefix = "s3", "s3"

	switch {
	case last == "s3-accelerate" || (n >= 2 && labels[n-2] == "s3-accelerate" && last == "dualstack"):
		k := n - 1
		if last == "dualstack" {
			k = n - 2
			h.IsDualStack = true
		}
		h.Form, h.Region, h.Bucket = FormS3Accelerate, "global", front(k)
		if p.ID != "aws" {
			h.Reason = "S3 Transfer Acceleration is only available in the aws partition"
			return true, nil
		}
		h.DualStack = withFront(h.Bucket, "s3-accelerate.dualstack."+p.DNSSuffix)
		h.Confidence = Verified
		h.Reason = "S3 Transfer Acceleration has a dual-stack endpoint (Amazon S3 User Guide, \"Using the Amazon S3 dual-stack endpoints\")"
		if h.IsDualStack {
			h.Reason = "already a dual-stack endpoint"
		}
		return true, nil

	case last == "s3" || last == "s3-external-1":
		h.Form, h.Region, h.Bucket = FormS3Global, "global", front(n-1)
		region := p.ImplicitGlobalRegion
		e, err := DualStack("s3", region, false)
		if err != nil {
			return true, err
		}
		h.DualStack, h.Confidence, h.Source = withFront(h.Bucket, e.DualStack), e.Confidence, e.Source
		h.Reason = fmt.Sprintf("the global S3 endpoint has no dual-stack form; the regional one in %s does", region)
		if last == "s3" && (h.Bucket != "" || firstSegment(path) != "") {
			// The global name reaches a bucket in any region; a regional name
			// only reaches buckets in its region.
			h.Confidence = min(h.Confidence, Derived)
			h.Reason = fmt.Sprintf("the global S3 endpoint has no dual-stack form; the regional one is right only if the bucket is in %s", region)
		}
		return true, nil

	case strings.HasPrefix(last, "s3-website-") || strings.HasPrefix(last, "s3-website."):
		region := strings.TrimPrefix(last, "s3-website-")
		return true, s3NoDualStack(h, p, region, front(n-1), FormS3Website, "S3 website endpoints have no dual-stack form")

	case strings.HasPrefix(last, "s3-") && looksLikeRegion(strings.TrimPrefix(last, "s3-")):
		region := strings.TrimPrefix(last, "s3-")
		if _, ok := regionPartition(region, p); !ok {
			return true, fmt.Errorf("%w %q in %q", ErrUnknownRegion, region, h.Host)
		}
		h.Form, h.Bucket = FormS3DashRegion, front(n-1)
		return true, s3Regional(h, region, false, "s3", "legacy dash-region S3 endpoint; its dual-stack form is the dotted regional one")
	}

	if n < 2 {
		return false, nil
	}
	region := last
	q, ok := regionPartition(region, p)
	if !ok {
		if looksLikeRegion(region) && strings.HasPrefix(labels[n-2], "s3") {
			return true, fmt.Errorf("%w %q in %q", ErrUnknownRegion, region, h.Host)
		}
		return false, nil
	}
	h.Partition = q.ID
	label, k := labels[n-2], n-2
	if label == "dualstack" && n >= 3 {
		label, k = labels[n-3], n-3
		h.IsDualStack = true
	}
	base, fips := strings.CutSuffix(label, "-fips")
	h.FIPS = fips
	h.Bucket = front(k)
	switch base {
	case "s3":
		h.Form = FormS3Path
		if h.Bucket != "" {
			h.Form = FormS3VirtualHost
		} else if firstSegment(path) == "" {
			h.Form = FormRegional
		}
		return true, s3Regional(h, region, fips, "s3", "")
	case "s3-accesspoint":
		h.Form = FormS3AccessPoint
		return true, s3Regional(h, region, fips, "s3-accesspoint", "")
	case "s3-control":
		h.Service, h.Prefix, h.Form = "s3control", "s3-control", FormS3Control
		return true, s3Regional(h, region, fips, "s3-control", "")
	case "s3-website":
		return true, s3NoDualStack(h, q, region, h.Bucket, FormS3Website, "S3 website endpoints have no dual-stack form")
	case "s3-outposts":
		return true, s3NoDualStack(h, q, region, h.Bucket, FormS3Outposts, "S3 on Outposts endpoints have no dual-stack form in the SDK")
	case "s3-object-lambda":
		return true, s3NoDualStack(h, q, region, h.Bucket, FormS3ObjLambda, "S3 Object Lambda has no dual-stack endpoint (the SDK fails with dual-stack enabled)")
	}
	h.Service, h.Prefix, h.FIPS, h.Bucket, h.IsDualStack = "", "", false, "", false
	return false, nil
}

// s3Regional fills in the dual-stack replacement of a regional S3-family host:
// label[-fips].dualstack.region.suffix, bucket or account in front.
func s3Regional(h *Host, region string, fips bool, label, reason string) error {
	h.Region = region
	svc := "s3"
	if label == "s3-control" {
		svc = "s3control"
	}
	e, err := DualStack(svc, region, fips)
	if err != nil {
		return err
	}
	h.Partition = e.Partition
	if e.Confidence == None {
		h.Reason = e.Reason
		if h.IsDualStack {
			h.Reason = "a dual-stack name where none exists: " + e.Reason
		}
		return nil
	}
	if fips {
		label += "-fips"
	}
	p, _ := PartitionByID(e.Partition)
	h.DualStack = withFront(h.Bucket, label+".dualstack."+region+"."+p.DNSSuffix)
	h.Confidence, h.Reason, h.Source = e.Confidence, e.Reason, e.Source
	if reason != "" {
		h.Reason = reason + "; " + e.Reason
	}
	if h.IsDualStack {
		h.Reason = "already a dual-stack endpoint"
	}
	return nil
}

func s3NoDualStack(h *Host, p *Partition, region, front string, form Form, reason string) error {
	q, ok := regionPartition(region, p)
	if !ok {
		return fmt.Errorf("%w %q in %q", ErrUnknownRegion, region, h.Host)
	}
	h.Partition, h.Region, h.Bucket, h.Form, h.Reason = q.ID, region, front, form, reason
	h.IsDualStack, h.DualStack, h.Confidence = false, "", None
	return nil
}

func withFront(front, host string) string {
	if front == "" || host == "" {
		return host
	}
	return front + "." + host
}

func firstSegment(path string) string {
	seg, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	return seg
}
