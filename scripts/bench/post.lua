-- wrk script for scripts/bench-http.sh: POSTs one JSON body as the demo case system and counts every
-- answer that is not 2xx (wrk's own count lets 3xx through, and an error answer is fast, so a run full
-- of them would look good). Prints one machine-readable line at the end for the script to parse.
--   BENCH_BODY: the file holding the body (the README's example referral; or a batch of copies of it)

local file = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.method = "POST"
local template = file:read("*a")
wrk.body = template
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer demo-case-system-key"

-- Each wrk thread runs its own copy of this script; setup() keeps them so done() can add them up, and
-- numbers them so their requests differ.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_number", #threads)
end

-- Each referral is about a child of its own and names one of 1,000 nicknames and vehicles in turn, as a
-- partnership's referrals would: the service links them across referrals (policy v1.1 section 10), and
-- the same child and the same name sent every time would make every call count every earlier one. The
-- items of a batch each get their own child and name too, so a batch of 100 adds the rows that 100
-- single calls would, not 100 rows of one name.
local sent = 0
local referrals = 0

local function next_referral()
   referrals = referrals + 1
   return referrals
end

function request()
   sent = sent + 1
   local thread = tostring(thread_number or 0)
   local child = {}
   -- A body holds each marker once per referral, in the same order, so the nth child and the nth name
   -- belong to the same referral.
   local body = template:gsub('"child%-7f3a"', function()
      local n = next_referral()
      child[#child + 1] = n
      return '"bench-child-' .. thread .. '-' .. n .. '"'
   end)
   local i = 0
   body = body:gsub('"Zed"', function()
      i = i + 1
      return '"Zed ' .. tostring(child[i] % 1000) .. '"'
   end)
   i = 0
   body = body:gsub('"silver hatchback"', function()
      i = i + 1
      return '"silver hatchback ' .. tostring(child[i] % 1000) .. '"'
   end)
   return wrk.format(nil, nil, nil, body)
end

non2xx = 0
statuses = ""

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
      -- The first few distinct statuses, to say what went wrong without printing any body.
      if #statuses < 40 and not string.find(statuses, tostring(status), 1, true) then
         statuses = statuses .. status .. ";"
      end
   end
end

function done(summary, latency, requests)
   local bad, seen = 0, ""
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("non2xx")
      seen = seen .. thread:get("statuses")
   end
   local errors = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d statuses=%s\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), bad,
      errors.connect + errors.read + errors.write + errors.timeout, seen == "" and "-" or seen))
end
