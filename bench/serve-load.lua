-- wrk script for bench/serve-load: each request takes the next path of a
-- mix like the dashboard's own (overview, a dyad, the map, event pages,
-- filters), so the load is not one cached answer repeated.
local paths = {
  "/api/meta",
  "/api/daily",
  "/api/daily?dyad=SYR-TUR",
  "/api/daily?dyad=CHN-PHL",
  "/api/events?dyad=CHN-PHL&from=2024-06-24&to=2024-06-30&limit=50",
  "/api/events?limit=50",
  "/api/events?dyad=SYR-TUR&from=2024-02-08&to=2024-02-11&limit=50",
  "/api/events?q=attack&limit=50",
  "/api/events?place=Idlib",
  "/api/events?actor=USA&root=19&offset=50",
  "/api/dyads?limit=20",
  "/api/map",
  "/api/rising",
  "/api/alerts",
  "/api/trends?dyad=SYR-TUR&by=week",
  "/api/trends?dyad=CHN-PHL&by=day",
  "/api/map?actor=CHN",
  "/",
  "/app.js",
}
-- Every fourth request pages through the events at a random offset with a
-- random word (1,608 variants: each is computed once, then cached).
local words = {"attack", "troops", "said", "minister", "talks", "killed", "police", "army"}
-- "uncached" (bench/serve-load ... uncached): every request is an events
-- query with a random word and offset (8 x 20,000 variants), so that nearly
-- every one is computed by the database rather than answered from the cache.
local uncached = false
init = function(args)
  uncached = args[1] == "uncached"
end
local i = 0
request = function()
  i = i + 1
  if uncached then
    return wrk.format("GET", "/api/events?limit=20&q=" .. words[math.random(#words)] ..
      "&offset=" .. math.random(0, 19999))
  end
  if i % 4 == 0 then
    return wrk.format("GET", "/api/events?limit=50&q=" .. words[math.random(#words)] ..
      "&offset=" .. (math.random(0, 200) * 5))
  end
  return wrk.format("GET", paths[(i % #paths) + 1])
end
