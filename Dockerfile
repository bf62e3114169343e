# syntax=docker/dockerfile:1

# The base images, by tag. The builder is the Go release go.mod's
# toolchain line names (a test keeps them in step). Pin each by digest
# for a production build, as README.md's Container section shows:
#   docker build --build-arg GO_IMAGE=golang:1.27.3-bookworm@sha256:... \
#     --build-arg RUNTIME_IMAGE=gcr.io/distroless/static-debian12:nonroot@sha256:... .
ARG GO_IMAGE=golang:1.27.3-bookworm
ARG RUNTIME_IMAGE=gcr.io/distroless/static-debian12:nonroot

# Build a static binary: no cgo, so the runtime image needs no C library.
FROM ${GO_IMAGE} AS build
# The image's own Go, never one downloaded for go.mod's toolchain line.
ENV GOTOOLCHAIN=local CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# What `briefbot version` and briefbot_build_info report.
ARG VERSION=dev
ARG COMMIT=unknown
RUN go build -trimpath -ldflags="-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" \
    -o /out/briefbot ./cmd/briefbot

# knowledge.git's clone and last good commit, and the state file (misses
# and feedback), kept across restarts.
RUN mkdir -p /out/cache/briefbot /out/state/briefbot

# The runtime image: certificates, a non-root user, the binary and a
# config that listens on every interface and serves the /knowledge mount.
FROM ${RUNTIME_IMAGE}
COPY --from=build /out/briefbot /usr/local/bin/briefbot
COPY config/container.yaml /etc/briefbot/briefbot.yaml
COPY --from=build --chown=nonroot:nonroot /out/cache/briefbot /var/cache/briefbot
COPY --from=build --chown=nonroot:nonroot /out/state/briefbot /var/lib/briefbot
# The user cache directory is /var/cache, so knowledge.git.cache_dir
# defaults to /var/cache/briefbot/git, and the state directory /var/lib,
# so state.dir defaults to /var/lib/briefbot: volumes the image owns.
ENV BRIEFBOT_CONFIG=/etc/briefbot/briefbot.yaml \
    BRIEFBOT_KNOWLEDGE=/knowledge \
    XDG_CACHE_HOME=/var/cache \
    XDG_STATE_HOME=/var/lib
VOLUME /var/cache/briefbot /var/lib/briefbot
USER nonroot:nonroot
EXPOSE 8080
# briefbot health checks /healthz at the http.listen of $BRIEFBOT_CONFIG.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/briefbot", "health"]
ENTRYPOINT ["/usr/local/bin/briefbot"]
CMD ["run"]
