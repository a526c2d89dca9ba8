# syntax=docker/dockerfile:1
# Tribune: build with the dev toolchain, run with production dependencies only.
#   docker build -t tribune .
#   docker run -p 3000:3000 -e DATABASE_URL=... -e JWT_SECRET=... -e PUBLIC_URL=https://... -e NODE_ENV=production tribune

FROM node:20-slim AS base
# npm 11, as in development: it reads package.json "allowScripts", so only the
# install scripts approved there run (npm 10 would run every one of them).
# SCARF_ANALYTICS=false keeps swagger-ui's dependency from phoning home.
ENV SCARF_ANALYTICS=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install -g npm@11 && npm cache clean --force
WORKDIR /app

FROM base AS build
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
# The web front ends (widget, demo site, staff pages) build with Vite into public/.
COPY web ./web
COPY scripts/precompress.mjs ./scripts/precompress.mjs
RUN npm run build

FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# `npm run cli -- <command>` runs dist/ through this launcher (no compiler in the image).
COPY scripts/cli.mjs ./scripts/cli.mjs
COPY --from=build /app/public ./public
# Without SMTP_URL, mail is written as .eml files under .data/mail (MAIL_DIR):
# the app's user must be able to write there (and a volume mounted there
# inherits this ownership).
RUN mkdir -p /app/.data/mail && chown -R node:node /app/.data
USER node
EXPOSE 3000
# Ready means "the database answers"; a draining instance reports 503 too.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly, not npm: SIGTERM reaches the app, which drains and exits 0.
CMD ["node", "dist/src/main.js"]
