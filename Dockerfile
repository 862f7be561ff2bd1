# syntax=docker/dockerfile:1
# factdiff: a static binary on a distroless base.
#
#   docker build -t factdiff .
#   docker run --rm -v "$PWD/examples:/etc/factdiff:ro" factdiff check --config /etc/factdiff/factdiff.yaml

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# CGO_ENABLED=0: SQLite is pure Go (modernc.org/sqlite), so the binary is
# static; timetzdata embeds the zone database for "TZ=..." cron specs.
RUN CGO_ENABLED=0 go build -trimpath -tags timetzdata -ldflags="-s -w" -o /out/factdiff ./cmd/factdiff \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/factdiff /usr/local/bin/factdiff
COPY --from=build --chown=nonroot:nonroot /out/data /var/lib/factdiff
COPY examples/ /etc/factdiff/
WORKDIR /var/lib/factdiff
USER nonroot
EXPOSE 9090
ENTRYPOINT ["/usr/local/bin/factdiff"]
CMD ["watch", "--config", "/etc/factdiff/factdiff.yaml", "--listen", "0.0.0.0:9090"]
