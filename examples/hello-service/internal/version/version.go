// Package version holds build metadata, set at link time with
// -ldflags "-X example.com/hello-service/internal/version.version=...".
package version

var (
	version = "dev"
	commit  = "none"
	date    = "unknown"
)

// Info is the build metadata of this binary.
type Info struct {
	Version string `json:"version"`
	Commit  string `json:"commit"`
	Date    string `json:"date"`
}

// Get returns the build metadata.
func Get() Info {
	return Info{Version: version, Commit: commit, Date: date}
}
