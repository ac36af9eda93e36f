package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/uuid"
)

func get(t *testing.T, path string, header http.Header) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	New().ServeHTTP(rec, req)
	return rec
}

func TestHello(t *testing.T) {
	tests := []struct {
		path   string
		status int
		want   string
	}{
		{"/hello/gopher", http.StatusOK, "Hello, gopher!"},
		{"/hello/" + strings.Repeat("x", 65), http.StatusBadRequest, "name must be"},
		{"/hello/%20", http.StatusBadRequest, "name must be"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := get(t, tt.path, nil)
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d", rec.Code, tt.status)
			}
			if !strings.Contains(rec.Body.String(), tt.want) {
				t.Fatalf("body = %q, want it to contain %q", rec.Body.String(), tt.want)
			}
		})
	}
}

func TestHealthz(t *testing.T) {
	rec := get(t, "/healthz", nil)
	var body map[string]string
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body["status"] != "ok" {
		t.Fatalf("healthz = %q (%v)", rec.Body.String(), err)
	}
}

func TestVersion(t *testing.T) {
	rec := get(t, "/version", nil)
	var body map[string]string
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body["version"] != "dev" {
		t.Fatalf("version = %q (%v)", rec.Body.String(), err)
	}
}

func TestRequestID(t *testing.T) {
	if _, err := uuid.Parse(get(t, "/healthz", nil).Header().Get("X-Request-ID")); err != nil {
		t.Fatalf("generated request id is not a UUID: %v", err)
	}
	id := uuid.NewString()
	if got := get(t, "/healthz", http.Header{"X-Request-Id": {id}}).Header().Get("X-Request-ID"); got != id {
		t.Fatalf("request id = %q, want the caller's %q", got, id)
	}
}
