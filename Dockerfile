# syntax=docker/dockerfile:1
# medchat-gateway image: `docker build -t medchat-gateway .` (deploy/compose.yaml builds it too).

# --- build: production dependencies, with better-sqlite3's native addon compiled here -----------
FROM node:24-bookworm-slim AS build
WORKDIR /app
# The toolchain node-gyp needs stays in this stage; the runtime image gets only the built addon.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json LICENSE ./
# The workspaces (packages/*, examples/plugins/*) and the sources npm's prepare compiles into
# packages/*/dist: the image carries @medchat/plugin-sdk built, so a plugin added to it imports the SDK
# the way it would anywhere else (plugins/README.md, "Docker image").
COPY packages ./packages
COPY server ./server
COPY plugins ./plugins
COPY client ./client
COPY compat ./compat
COPY examples ./examples
# First everything, to compile the packages (typescript is a dev dependency); then the production
# install the image keeps, which keeps packages/*/dist (outside node_modules). Scripts are off in both
# (npm's prepare would build again, without typescript); better-sqlite3's addon is built explicitly,
# from source, so it matches this image's Node and glibc rather than a downloaded prebuild.
ENV npm_config_build_from_source=true
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm run build \
 && npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
 && npm rebuild better-sqlite3 \
 && node -e "new (require('better-sqlite3'))(':memory:').close()"

# --- runtime: no compiler, no dev dependencies, not root -----------------------------------------
# Node 24 LTS strips the TypeScript types itself (the sources use erasable syntax only, which tsc's
# erasableSyntaxOnly enforces), so the gateway starts with plain `node`, no loader hook, no npm.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8000 \
    SQLITE_PATH=/app/data/medchat.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
# node_modules/@medchat/* link to these (the workspaces, with their dist/).
COPY --from=build /app/packages ./packages
COPY package.json package-lock.json ./
COPY server ./server
COPY plugins ./plugins
COPY compat ./compat
COPY client ./client
COPY examples ./examples
# The only directory the gateway writes (SQLite); everything else stays owned by root, read-only to it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8000
VOLUME ["/app/data"]
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node is PID 1's child under `docker run --init` or compose's init: true, and handles SIGTERM itself
# (drain, then exit); a second signal exits at once (docs/operations.md).
STOPSIGNAL SIGTERM
CMD ["node", "--disable-warning=ExperimentalWarning", "server/main.ts"]
