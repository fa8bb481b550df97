package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

// printVetVersion answers the go command's -V=full, which it asks once per
// go vet or go fix run: the tool ID in the line it prints keys the cached
// result of every package the tool analysed, with the flags and the
// package's inputs. x/tools' answer hashes the executable only, so a run
// after editing .dualstacklint.yml replayed results made under the old
// configuration. This one also hashes the configuration file the tool
// reads (the module's, found from the working directory, as the per-package
// runs find it). The format is what the go command parses for a
// development tool: "NAME version devel ... buildID=ID".
func printVetVersion(stdout io.Writer) error {
	h := sha256.New()
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	if err := hashFile(h, exe); err != nil {
		return err
	}
	if wd, err := os.Getwd(); err == nil {
		if cfg := analyzer.FindConfig(wd); cfg != "" {
			fmt.Fprintf(h, "\x00config %s\x00", cfg)
			if err := hashFile(h, cfg); err != nil {
				return err
			}
		}
	}
	_, err = fmt.Fprintf(stdout, "dualstacklint version devel comments-go-here buildID=%x\n", h.Sum(nil))
	return err
}

func hashFile(w io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}
