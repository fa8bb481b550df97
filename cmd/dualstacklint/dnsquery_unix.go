//go:build unix

package main

import (
	"errors"
	"net/netip"
	"syscall"
	"time"
)

// exchange sends msg to server over a connected UDP socket and waits up to
// timeout for the reply with the same ID. It uses syscall rather than
// package net: see dnsquery.go.
func exchange(server netip.AddrPort, msg []byte, id uint16, timeout time.Duration) ([]byte, error) {
	addr := server.Addr().Unmap()
	var sa syscall.Sockaddr
	family := syscall.AF_INET
	if addr.Is4() {
		sa = &syscall.SockaddrInet4{Port: int(server.Port()), Addr: addr.As4()}
	} else {
		family = syscall.AF_INET6
		sa = &syscall.SockaddrInet6{Port: int(server.Port()), Addr: addr.As16()}
	}
	fd, err := syscall.Socket(family, syscall.SOCK_DGRAM, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	syscall.CloseOnExec(fd)
	if err := syscall.Connect(fd, sa); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(timeout)
	if _, err := syscall.Write(fd, msg); err != nil {
		return nil, err
	}
	buf := make([]byte, 4096)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return nil, errors.New("timed out")
		}
		tv := syscall.NsecToTimeval(left.Nanoseconds())
		if err := syscall.SetsockoptTimeval(fd, syscall.SOL_SOCKET, syscall.SO_RCVTIMEO, &tv); err != nil {
			return nil, err
		}
		n, err := syscall.Read(fd, buf)
		switch {
		case err == syscall.EAGAIN || err == syscall.EWOULDBLOCK:
			return nil, errors.New("timed out")
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, err
		}
		if got, ok := replyID(buf[:n]); ok && got == id {
			return buf[:n], nil
		}
	}
}
