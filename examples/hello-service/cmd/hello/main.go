// Command hello serves the hello-service API.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"example.com/hello-service/internal/server"
	"example.com/hello-service/internal/version"
)

func main() {
	addr := flag.String("addr", ":8080", "address to listen on")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Parse()
	if *showVersion {
		v := version.Get()
		fmt.Printf("hello %s (commit %s, built %s)\n", v.Version, v.Commit, v.Date)
		return
	}
	srv := &http.Server{Addr: *addr, Handler: server.New(), ReadHeaderTimeout: 5 * time.Second}
	log.Printf("listening on %s", *addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Print(err)
		os.Exit(1)
	}
}
