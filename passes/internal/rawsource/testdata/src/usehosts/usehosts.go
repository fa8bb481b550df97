package usehosts // want `imported aws=true linklocal=false`

import "hosts"

var _ = hosts.QueueURL
