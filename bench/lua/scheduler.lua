-- An object-oriented task scheduler in the manner of the Richards benchmark: an idle task,
-- a worker, two packet handlers and two devices exchange packets through a priority
-- scheduler. Classes are metatables with __index, subclasses chain to their parent, and
-- nearly every step is a method call.
-- Argument: how many times the idle task runs (default 600000). Prints the number of
-- packets queued, the number of holds and a checksum of the packet data.
-- @quick 2000

local runs = tonumber(arg and arg[1]) or 600000

local ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = 1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1
local DATA_SIZE = 4

-- A class is a table of methods that is also the metatable of its instances.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  return c
end

---------------------------------------------------------------------------- packets

local Packet = class()

function Packet.new(link, id, kind)
  return setmetatable({ link = link, id = id, kind = kind, a1 = 0, a2 = { 0, 0, 0, 0 } }, Packet)
end

-- Appends this packet to the end of queue and returns the queue's new head.
function Packet:append_to(queue)
  self.link = nil
  if queue == nil then return self end
  local last = queue
  while last.link do last = last.link end
  last.link = self
  return queue
end

------------------------------------------------------------------------------ tasks

local Task = class()

function Task:init(scheduler, id, priority, queue)
  self.scheduler = scheduler
  self.id = id
  self.priority = priority
  self.queue = queue
  self.pending = queue ~= nil -- packets are waiting in the queue
  self.waiting = queue ~= nil -- suspended until a packet arrives
  self.holding = false        -- held: not run until released
  scheduler:add(self)
  return self
end

function Task:is_held_or_suspended()
  return self.holding or (self.waiting and not self.pending)
end

-- Adds a packet sent by task; returns the task that should run next.
function Task:deliver(packet, task)
  if self.queue == nil then
    self.queue = packet
    self.pending = true
    if self.priority > task.priority then return self end
  else
    self.queue = packet:append_to(self.queue)
  end
  return task
end

-- Runs one step of the task and returns the next task to consider.
function Task:step()
  local packet = nil
  if self.waiting and self.pending then
    packet = self.queue
    self.queue = packet.link
    self.waiting = false
    self.pending = self.queue ~= nil
  end
  return self:work(packet)
end

local IdleTask = class(Task)

function IdleTask.new(scheduler, count)
  local t = setmetatable({}, IdleTask):init(scheduler, ID_IDLE, 0, nil)
  t.seed = 1
  t.count = count
  return t
end

function IdleTask:work(_)
  local s = self.scheduler
  self.count = self.count - 1
  if self.count == 0 then return s:hold_current() end
  self.seed = (self.seed * 16807) % 2147483647 -- exact in doubles as in integers
  if self.seed % 2 == 0 then
    return s:release(ID_DEVICE_A)
  end
  return s:release(ID_DEVICE_B)
end

local WorkerTask = class(Task)

function WorkerTask.new(scheduler, priority, queue)
  local t = setmetatable({}, WorkerTask):init(scheduler, ID_WORKER, priority, queue)
  t.destination = ID_HANDLER_A
  t.datum = 0
  return t
end

function WorkerTask:work(packet)
  local s = self.scheduler
  if packet == nil then return s:suspend_current() end
  self.destination = self.destination == ID_HANDLER_A and ID_HANDLER_B or ID_HANDLER_A
  packet.id = self.destination
  packet.a1 = 0
  local data = packet.a2
  for i = 1, DATA_SIZE do
    local d = self.datum + 1
    if d > 26 then d = 1 end
    self.datum = d
    data[i] = d
  end
  return s:queue(packet)
end

local HandlerTask = class(Task)

function HandlerTask.new(scheduler, id, priority, queue)
  local t = setmetatable({}, HandlerTask):init(scheduler, id, priority, queue)
  t.work_queue = nil
  t.device_queue = nil
  return t
end

function HandlerTask:work(packet)
  local s = self.scheduler
  if packet then
    if packet.kind == KIND_WORK then
      self.work_queue = packet:append_to(self.work_queue)
    else
      self.device_queue = packet:append_to(self.device_queue)
    end
  end
  local job = self.work_queue
  if job then
    local index = job.a1
    if index < DATA_SIZE then
      local device = self.device_queue
      if device then
        self.device_queue = device.link
        device.a1 = job.a2[index + 1]
        job.a1 = index + 1
        return s:queue(device)
      end
    else
      self.work_queue = job.link
      return s:queue(job)
    end
  end
  return s:suspend_current()
end

local DeviceTask = class(Task)

function DeviceTask.new(scheduler, id, priority)
  local t = setmetatable({}, DeviceTask):init(scheduler, id, priority, nil)
  t.waiting = true
  t.held_packet = nil
  return t
end

function DeviceTask:work(packet)
  local s = self.scheduler
  if packet == nil then
    local held = self.held_packet
    if held == nil then return s:suspend_current() end
    self.held_packet = nil
    return s:queue(held)
  end
  self.held_packet = packet
  s.checksum = (s.checksum * 7 + packet.a1 + self.id) % 1000003
  return s:hold_current()
end

-------------------------------------------------------------------------- scheduler

local Scheduler = class()

function Scheduler.new()
  return setmetatable({ tasks = {}, list = nil, current = nil,
                        queued = 0, holds = 0, checksum = 0 }, Scheduler)
end

-- Tasks are kept in a list in reverse order of creation, which is also the order of
-- decreasing priority here.
function Scheduler:add(task)
  self.tasks[task.id] = task
  task.link = self.list
  self.list = task
end

function Scheduler:run()
  local task = self.list
  while task do
    if task:is_held_or_suspended() then
      task = task.link
    else
      self.current = task
      task = task:step()
    end
  end
end

function Scheduler:hold_current()
  self.holds = self.holds + 1
  local current = self.current
  current.holding = true
  return current.link
end

function Scheduler:suspend_current()
  local current = self.current
  current.waiting = true
  return current
end

function Scheduler:release(id)
  local task = self.tasks[id]
  task.holding = false
  if task.priority > self.current.priority then return task end
  return self.current
end

function Scheduler:queue(packet)
  local task = self.tasks[packet.id]
  self.queued = self.queued + 1
  packet.link = nil
  packet.id = self.current.id
  return task:deliver(packet, self.current)
end

------------------------------------------------------------------------------- main

local s = Scheduler.new()
IdleTask.new(s, runs)

local work = Packet.new(nil, ID_WORKER, KIND_WORK)
work = Packet.new(work, ID_WORKER, KIND_WORK)
WorkerTask.new(s, 1000, work)

local queue = Packet.new(nil, ID_DEVICE_A, KIND_DEVICE)
queue = Packet.new(queue, ID_DEVICE_A, KIND_DEVICE)
queue = Packet.new(queue, ID_DEVICE_A, KIND_DEVICE)
HandlerTask.new(s, ID_HANDLER_A, 2000, queue)

queue = Packet.new(nil, ID_DEVICE_B, KIND_DEVICE)
queue = Packet.new(queue, ID_DEVICE_B, KIND_DEVICE)
queue = Packet.new(queue, ID_DEVICE_B, KIND_DEVICE)
HandlerTask.new(s, ID_HANDLER_B, 3000, queue)

DeviceTask.new(s, ID_DEVICE_A, 4000)
DeviceTask.new(s, ID_DEVICE_B, 5000)

s:run()
print(string.format("scheduler %d: queued %d holds %d checksum %d", runs, s.queued, s.holds, s.checksum))
