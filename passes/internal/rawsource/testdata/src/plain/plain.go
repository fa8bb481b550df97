package plain // want `aws=false linklocal=false octets=false`

// Mentions in identifiers or other numbers do not count: amazon, 169254.
const amazon = 169254
