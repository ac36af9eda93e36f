// Package server is the HTTP API of hello-service.
package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/google/uuid"

	"example.com/hello-service/internal/version"
)

// New returns the service's handler.
func New() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello/{name}", hello)
	mux.HandleFunc("GET /healthz", healthz)
	mux.HandleFunc("GET /version", versionInfo)
	return withRequestID(mux)
}

// withRequestID gives every response an X-Request-ID, keeping the caller's when it sent one.
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if _, err := uuid.Parse(id); err != nil {
			id = uuid.NewString()
		}
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r)
	})
}

func hello(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PathValue("name"))
	if name == "" || len(name) > 64 {
		http.Error(w, "name must be 1 to 64 characters", http.StatusBadRequest)
		return
	}
	writeJSON(w, map[string]string{"message": fmt.Sprintf("Hello, %s!", name)})
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, map[string]string{"status": "ok"})
}

func versionInfo(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, version.Get())
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
