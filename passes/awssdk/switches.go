package awssdk

// The SDK's settings as data: which field of which struct, and which option
// func, sets which switch. Supporting another SDK option is one row here
// (and a case in testdata).

// target says which struct an option func or literal sets: field names mean
// different things in each.
type target int8

const (
	loadOptions   target = iota // v2 config.LoadOptions
	v2Config                    // v2 aws.Config
	clientOptions               // v2 <service>.Options
	v1Config                    // v1 aws.Config
)

// A switch is one setting the model tracks.
type switchKind int8

const (
	swDualStack       switchKind = iota + 1 // UseDualStackEndpoint (global)
	swLegacyDualStack                       // S3-only UseDualstack / UseDualStack
	swFIPS                                  // UseFIPSEndpoint
	swAccelerate                            // S3 UseAccelerate / S3UseAccelerate
	swRegion                                // Region
	swBaseEndpoint                          // BaseEndpoint, v1 Endpoint: dual-stack fails with it
	swResolver                              // legacy endpoint resolvers: dual-stack ignored
	swResolverV2                            // EndpointResolverV2: up to the resolver
	swEndpointOptions                       // the EndpointOptions struct as a whole
)

// fieldSwitches maps a struct field path, per target, to its switch.
var fieldSwitches = map[target]map[string]switchKind{
	loadOptions: {
		"UseDualStackEndpoint":        swDualStack,
		"UseFIPSEndpoint":             swFIPS,
		"Region":                      swRegion,
		"BaseEndpoint":                swBaseEndpoint,
		"EndpointResolver":            swResolver,
		"EndpointResolverWithOptions": swResolver,
	},
	v2Config: {
		"Region":                      swRegion,
		"BaseEndpoint":                swBaseEndpoint,
		"EndpointResolver":            swResolver,
		"EndpointResolverWithOptions": swResolver,
	},
	clientOptions: {
		"EndpointOptions":                      swEndpointOptions,
		"EndpointOptions.UseDualStackEndpoint": swDualStack,
		"EndpointOptions.UseFIPSEndpoint":      swFIPS,
		"UseDualstack":                         swLegacyDualStack,
		"UseAccelerate":                        swAccelerate,
		"Region":                               swRegion,
		"BaseEndpoint":                         swBaseEndpoint,
		"EndpointResolver":                     swResolver,
		"EndpointResolverV2":                   swResolverV2,
	},
	v1Config: {
		"UseDualStackEndpoint": swDualStack,
		"UseFIPSEndpoint":      swFIPS,
		"UseDualStack":         swLegacyDualStack,
		"S3UseAccelerate":      swAccelerate,
		"Region":               swRegion,
		"Endpoint":             swBaseEndpoint,
		"EndpointResolver":     swResolver,
	},
}

// trackedFields are every field path above: a pointer to any other field
// (cfg.APIOptions handed to middleware) cannot change a tracked switch.
var trackedFields = func() []string {
	var out []string
	for _, m := range fieldSwitches {
		for path := range m {
			out = append(out, path)
		}
	}
	return out
}()

// optionFuncs maps the option funcs and setters of the SDK packages to the
// field they set.
var optionFuncs = map[target]map[string]string{
	// config.With*(...) for config.LoadDefaultConfig.
	loadOptions: {
		"WithUseDualStackEndpoint":        "UseDualStackEndpoint",
		"WithUseFIPSEndpoint":             "UseFIPSEndpoint",
		"WithRegion":                      "Region",
		"WithBaseEndpoint":                "BaseEndpoint",
		"WithEndpointResolver":            "EndpointResolver",
		"WithEndpointResolverWithOptions": "EndpointResolverWithOptions",
	},
	// <service>.With*(...) client options.
	clientOptions: {
		"WithEndpointResolver":   "EndpointResolver",
		"WithEndpointResolverV2": "EndpointResolverV2",
	},
	// (*aws.Config).With*(...) setters of SDK v1.
	v1Config: {
		"WithRegion":           "Region",
		"WithEndpoint":         "Endpoint",
		"WithUseDualStack":     "UseDualStack",
		"WithS3UseAccelerate":  "S3UseAccelerate",
		"WithEndpointResolver": "EndpointResolver",
		"WithUseFIPSEndpoint":  "UseFIPSEndpoint",
	},
}
