package mentions

var imds = "http://169.254.169.254/latest/meta-data/"

var octets = []byte{169, 254, 169, 254}
