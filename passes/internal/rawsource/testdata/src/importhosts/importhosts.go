package importhosts // want `imported aws=false linklocal=false`

import "hosts"

// hosts has a constant with an AWS host, but this package does not use it.
var _ = hosts.Port
