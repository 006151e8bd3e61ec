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
-- random word, so that a share of the load misses the server's answer cache.
local words = {"attack", "troops", "said", "minister", "talks", "killed", "police", "army"}
local i = 0
request = function()
  i = i + 1
  if i % 4 == 0 then
    return wrk.format("GET", "/api/events?limit=50&q=" .. words[math.random(#words)] ..
      "&offset=" .. (math.random(0, 200) * 5))
  end
  return wrk.format("GET", paths[(i % #paths) + 1])
end
