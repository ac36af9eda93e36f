#!/usr/bin/env bash
# The real counterparts the end-to-end tests run the generated files against (issue 11): nektos/act
# (an independent runner), helm, a Kubernetes API (kube-apiserver, controller-manager, scheduler,
# kubectl, etcd, kwok), sshd, a Docker engine with a BuildKit image for its docker-container builder,
# a Debian root file system that boots systemd under systemd-nspawn, and verdaccio (an npm registry).
#
# Idempotent. The slow ones (the Kubernetes binaries take ~24 min to build cold on 2 cores) are built
# once per machine into $GO_PIPELINE_TOOLS (default ~/.cache/go-pipeline-dev), outside the checkout,
# so a clean clone reuses them. `npm run example` never waits for this script: only `npm test` runs it.
# Prints the tools folder on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS="${GO_PIPELINE_TOOLS:-$HOME/.cache/go-pipeline-dev}"
BIN="$TOOLS/bin"
mkdir -p "$BIN"
export GOFLAGS= GOTOOLCHAIN=local

ACT_VERSION=v0.2.89
HELM_VERSION=v3.22.0
KUBE_VERSION=v1.36.3
ETCD_VERSION=v3.6.16
KWOK_VERSION=v0.8.0

log() { echo "setup-counterparts: $*" >&2; }
# A stamp file per tool and version: rebuilt only when the pinned version changes.
have() { [ -f "$TOOLS/stamps/$1" ] && [ "$(cat "$TOOLS/stamps/$1")" = "$2" ]; }
stamp() { mkdir -p "$TOOLS/stamps"; echo "$2" > "$TOOLS/stamps/$1"; }

apt_missing=()
need_pkg() { # command package
  command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || apt_missing+=("$2")
}
need_pkg sshd openssh-server
need_pkg dockerd docker.io
need_pkg containerd containerd
need_pkg runc runc
need_pkg debootstrap debootstrap
need_pkg systemd-nspawn systemd-container
need_pkg busybox busybox-static
need_pkg ssh openssh-client
need_pkg envsubst gettext-base
# cgo builds for linux/arm64 on this amd64 host (the build-os row of a generated cd.yml under act).
need_pkg aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu
[ -f /usr/aarch64-linux-gnu/include/stdio.h ] || apt_missing+=(libc6-dev-arm64-cross)
if [ ${#apt_missing[@]} -gt 0 ]; then
  log "apt-get install ${apt_missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq || true
  # docker.io's postinst tries to start the daemon through systemd, which is not running here: harmless.
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

if ! have act "$ACT_VERSION" || [ ! -x "$BIN/act" ]; then
  log "act $ACT_VERSION (go install, ~2 min cold)"
  GOBIN="$BIN" go install "github.com/nektos/act@$ACT_VERSION"
  stamp act "$ACT_VERSION"
fi

if ! have helm "$HELM_VERSION" || [ ! -x "$BIN/helm" ]; then
  log "helm $HELM_VERSION (go install, ~10 min cold)"
  GOBIN="$BIN" CGO_ENABLED=0 go install -ldflags "-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  stamp helm "$HELM_VERSION"
fi

if ! have kwok "$KWOK_VERSION" || [ ! -x "$BIN/kwokctl" ]; then
  log "kwok $KWOK_VERSION (go install, ~9 min cold)"
  GOBIN="$BIN" CGO_ENABLED=0 go install "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION" "sigs.k8s.io/kwok/cmd/kwokctl@$KWOK_VERSION"
  stamp kwok "$KWOK_VERSION"
fi

if ! have etcd "$ETCD_VERSION" || [ ! -x "$BIN/etcd" ]; then
  log "etcd $ETCD_VERSION (a wrapper module; ~4 min cold)"
  w=$(mktemp -d)
  cat > "$w/go.mod" <<EOF
module etcdwrap

go 1.26

require (
	go.etcd.io/etcd/server/v3 $ETCD_VERSION
	go.etcd.io/etcd/etcdctl/v3 $ETCD_VERSION
)
EOF
  printf '//go:build tools\n\npackage tools\n\nimport (\n\t_ "go.etcd.io/etcd/etcdctl/v3"\n\t_ "go.etcd.io/etcd/server/v3"\n)\n' > "$w/tools.go"
  (cd "$w" && GOFLAGS=-mod=mod go mod tidy >/dev/null 2>&1 || true)
  (cd "$w" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -o "$BIN/etcd" go.etcd.io/etcd/server/v3)
  rm -rf "$w"
  stamp etcd "$ETCD_VERSION"
fi

if ! have kube "$KUBE_VERSION" || [ ! -x "$BIN/kube-apiserver" ] || [ ! -x "$BIN/kubectl" ]; then
  log "Kubernetes $KUBE_VERSION: kube-apiserver, kube-controller-manager, kube-scheduler, kubectl (~24 min cold)"
  src=$(go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  w=$(mktemp -d)
  cp -r "$src/." "$w/"
  chmod -R u+w "$w"
  rm -rf "$w/go.work" "$w/go.work.sum" "$w/vendor" "$w/staging"
  staging_version="v0${KUBE_VERSION#v1}"
  edits=()
  for m in $(sed -n 's/^[[:space:]]*\(k8s\.io\/[a-z0-9-]*\) => \.\/staging\/.*/\1/p' "$w/go.mod"); do
    if [ "$m" = k8s.io/sample-cli-plugin ]; then
      edits+=("-dropreplace=$m" "-droprequire=$m")
    else
      edits+=("-dropreplace=$m" "-require=$m@$staging_version")
    fi
  done
  (cd "$w" && go mod edit "${edits[@]}")
  (cd "$w" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -p 2 \
    -ldflags "-X k8s.io/component-base/version.gitVersion=$KUBE_VERSION" \
    -o "$BIN/" ./cmd/kube-apiserver ./cmd/kube-controller-manager ./cmd/kube-scheduler ./cmd/kubectl)
  rm -rf "$w"
  stamp kube "$KUBE_VERSION"
fi

# The BuildKit image for buildx's docker-container driver: no image can be pulled here, so a root file
# system with buildkitd (built by setup.sh), buildctl, runc (Debian's, with its shared libraries) and
# busybox, imported by the tests into the loopback registry.
BUILDKIT_VERSION=$(sed -n 's/^BUILDKIT_VERSION=//p' scripts/setup.sh)
if ! have buildkit-rootfs "$BUILDKIT_VERSION" || [ ! -f "$TOOLS/buildkit-rootfs.tar" ]; then
  log "BuildKit $BUILDKIT_VERSION image root file system"
  dir=$(go mod download -json "github.com/moby/buildkit@$BUILDKIT_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  r=$(mktemp -d)
  mkdir -p "$r/usr/bin" "$r/bin" "$r/etc/buildkit" "$r/tmp" "$r/var/lib/buildkit" "$r/run" "$r/proc" "$r/sys" "$r/dev"
  go build -C "$dir" -trimpath -ldflags "-s -w -X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION" -o "$r/usr/bin/" ./cmd/buildkitd ./cmd/buildctl
  cp "$(command -v busybox)" "$r/bin/busybox"
  for t in sh ls cat mkdir rm mount umount; do ln -sf busybox "$r/bin/$t"; done
  runc_bin=$(command -v runc)
  cp "$runc_bin" "$r/usr/bin/runc"
  for lib in $(ldd "$runc_bin" | awk '/=>/ { print $3 } /^[[:space:]]*\/lib/ { print $1 }'); do
    mkdir -p "$r$(dirname "$lib")"; cp -L "$lib" "$r$lib"
  done
  tar -C "$r" -cf "$TOOLS/buildkit-rootfs.tar" .
  rm -rf "$r"
  stamp buildkit-rootfs "$BUILDKIT_VERSION"
fi

# A Debian bookworm root file system that boots systemd (for the ssh/systemd deploy target), built
# with debootstrap from the mirror apt uses (~5 min, ~280 MB).
ROOTFS_VERSION=bookworm-1
if ! have systemd-rootfs "$ROOTFS_VERSION" || [ ! -x "$TOOLS/systemd-rootfs/usr/lib/systemd/systemd" ]; then
  mirror=$(sed -n 's/^URIs:[[:space:]]*\(http[^ ]*debian\)[[:space:]]*$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)
  mirror=${mirror:-http://deb.debian.org/debian}
  log "Debian root file system with systemd, sshd and sudo (debootstrap from $mirror, ~5 min)"
  rm -rf "$TOOLS/systemd-rootfs"
  debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,openssh-server,sudo,iproute2,curl bookworm "$TOOLS/systemd-rootfs" "$mirror" >/dev/null
  stamp systemd-rootfs "$ROOTFS_VERSION"
fi

# Verdaccio, an npm registry on 127.0.0.1, where the release workflow publishes the CLI under act (issue 16).
VERDACCIO_VERSION=6.10.4
if ! have verdaccio "$VERDACCIO_VERSION" || [ ! -x "$TOOLS/verdaccio/node_modules/.bin/verdaccio" ]; then
  log "verdaccio $VERDACCIO_VERSION (npm install, ~15 s)"
  rm -rf "$TOOLS/verdaccio"
  npm install --prefix "$TOOLS/verdaccio" --no-save --no-audit --no-fund --loglevel=error "verdaccio@$VERDACCIO_VERSION" >/dev/null
  stamp verdaccio "$VERDACCIO_VERSION"
fi

echo "$TOOLS"
