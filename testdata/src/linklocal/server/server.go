// Package server is a local IMDS emulator (as aws-vault runs): it binds the
// addresses, so they are not reported.
package server

import (
	"context"
	"net"
	"net/http"
)

const (
	metadataIP   = "169.254.169.254"
	metadataAddr = metadataIP + ":80"
)

func listen() (net.Listener, error) {
	return net.Listen("tcp", "169.254.169.254:80")
}

func listenConst() error {
	return http.ListenAndServe(metadataAddr, nil)
}

func listenTLS() error {
	return http.ListenAndServeTLS("169.254.169.254:443", "cert.pem", "key.pem", nil)
}

func serverLiteral() *http.Server {
	return &http.Server{Addr: "169.254.170.23:80"}
}

func serverField() *http.Server {
	srv := &http.Server{}
	srv.Addr = net.JoinHostPort("169.254.170.23", "8080")
	return srv
}

func dns() (net.PacketConn, error) {
	addr := "169.254.169.253:53"
	return net.ListenPacket("udp", addr)
}

func ntp() (*net.UDPConn, error) {
	return net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(169, 254, 169, 123), Port: 123})
}

func listenConfig(ctx context.Context) (net.Listener, error) {
	var lc net.ListenConfig
	return lc.Listen(ctx, "tcp", "169.254.170.23:8080")
}

// Through a parameter of a function of the package.
func serve(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return http.Serve(ln, nil)
}

func start() error {
	return serve("169.254.169.254:8080")
}

// The same package as a client is still reported.
func client() (*http.Response, error) {
	return http.Get("http://169.254.169.254/latest/meta-data/") // want `169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service`
}
