# syntax=docker/dockerfile:1

# Build a static binary: no cgo, so the runtime image needs no C library.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/briefbot ./cmd/briefbot

# A config that listens on every interface and takes the knowledge from
# the /knowledge mount; replace it by mounting your own.
RUN mkdir -p /out/etc/briefbot && printf '%s\n' \
    'http:' \
    '  listen: ":8080"' \
    > /out/etc/briefbot/briefbot.yaml
# knowledge.git's clone and last good commit, kept across restarts.
RUN mkdir -p /out/cache/briefbot

# The runtime image: certificates, a non-root user, the binary.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/briefbot /usr/local/bin/briefbot
COPY --from=build /out/etc/briefbot /etc/briefbot
COPY --from=build --chown=nonroot:nonroot /out/cache/briefbot /var/cache/briefbot
# The user cache directory is /var/cache, so knowledge.git.cache_dir
# defaults to /var/cache/briefbot/git, in a volume the image owns.
ENV BRIEFBOT_CONFIG=/etc/briefbot/briefbot.yaml \
    BRIEFBOT_KNOWLEDGE=/knowledge \
    XDG_CACHE_HOME=/var/cache
VOLUME /var/cache/briefbot
USER nonroot:nonroot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/briefbot", "health", "--url", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["/usr/local/bin/briefbot"]
CMD ["run"]
