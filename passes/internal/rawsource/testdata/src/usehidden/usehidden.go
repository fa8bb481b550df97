package usehidden // want `imported aws=false linklocal=false`

import "hidden"

var _ = hidden.QueueURL
