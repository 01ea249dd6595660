-- One load scenario for wrk: cycles through the paths in PATHS (separated by "|"), sending the session cookies
-- in COOKIES (separated by "|", one per signed-in person; rotated per request) and, one request in POST_EVERY,
-- the form POST_BODY (with the session's CSRF token from CSRF, same order as COOKIES) to POST_PATH.
-- A path written "hx:/path" is requested with the header "HX-Request: true" (an htmx fragment).
-- Prints one line: requests/s, p50, p95, p99, errors (non-2xx/3xx, timeouts).
local function split(s)
  local t = {}
  if s == nil or s == "" then return t end
  for part in string.gmatch(s, "[^|]+") do t[#t + 1] = part end
  return t
end

local paths = split(os.getenv("PATHS"))
local cookies = split(os.getenv("COOKIES"))
local csrfs = split(os.getenv("CSRF"))
local postPath = os.getenv("POST_PATH")
local postBody = os.getenv("POST_BODY")
local postEvery = tonumber(os.getenv("POST_EVERY") or "0")
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  counter = id * 7
end

function request()
  counter = counter + 1
  local headers = {}
  local who = 1
  if #cookies > 0 then
    who = 1 + counter % #cookies
    headers["Cookie"] = cookies[who]
  end
  if postEvery > 0 and postPath ~= nil and counter % postEvery == 0 then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    local body = postBody:gsub("{n}", tostring(counter)):gsub("{csrf}", csrfs[who] or "")
    return wrk.format("POST", postPath:gsub("{n}", tostring(counter)), headers, body)
  end
  local path = paths[1 + counter % #paths]
  if string.sub(path, 1, 3) == "hx:" then
    path = string.sub(path, 4)
    headers["HX-Request"] = "true"
  end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d timeouts=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write,
    summary.errors.timeout))
end
