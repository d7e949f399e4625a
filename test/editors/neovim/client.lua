-- A headless Neovim session that talks to a language server through Neovim's own LSP client, the way a user's
-- editor would, and writes everything it saw as JSON: the test in test/unit/editors/neovim.test.ts drives it.
--
-- Run:  nvim --headless --clean -n -c "luafile test/editors/neovim/client.lua"
-- Environment:
--   MOPS_NVIM_INPUT   a JSON file: { root, open = [files], settings?, timeout_ms?, min_diagnostics? = {file: n},
--                     requests = [{ name, method, file, line, character, new_name?, apply? }], write? }
--                     (files relative to root; positions 0-based LSP line/character, as the protocol speaks)
--   MOPS_NVIM_OUTPUT  where the JSON result goes
--   MOPS_NVIM_SERVER  the server command, as a JSON array or words split on spaces
--                     (default: node <repo>/bin/mops.js lsp --stdio)
-- Written for Neovim 0.7 (vim.lsp.start_client, client.request_sync), which later versions still run. On an error or
-- a timeout it writes what it has, with the error, and exits 1; on success it exits 0.

local out = { ok = false, steps = {}, messages = {}, published = {}, diagnostics = {}, responses = {}, edits = {} }
local input, root, client_id, server_exit
local buffers = {} -- relative path → bufnr of the files this session opened
local published_for = {} -- relative path → times the server published diagnostics for it

local function step(name)
  table.insert(out.steps, name)
end

local function env(name)
  local value = os.getenv(name)
  if value == nil or value == '' then
    return nil
  end
  return value
end

--- The repository this file lives in (test/editors/neovim/client.lua → three folders up).
local function repo_root()
  local source = debug.getinfo(1, 'S').source:gsub('^@', '')
  return vim.fn.fnamemodify(source, ':p:h:h:h:h')
end

local function server_command()
  local spec = env('MOPS_NVIM_SERVER')
  if not spec then
    return { 'node', repo_root() .. '/bin/mops.js', 'lsp', '--stdio' }
  end
  if spec:sub(1, 1) == '[' then
    return vim.fn.json_decode(spec)
  end
  return vim.split(vim.trim(spec), '%s+')
end

local function relative(path)
  local abs = vim.fn.fnamemodify(path, ':p')
  if abs:sub(1, #root + 1) == root .. '/' then
    return abs:sub(#root + 2)
  end
  return abs
end

local function absolute(file)
  if file:sub(1, 1) == '/' then
    return file
  end
  return root .. '/' .. file
end

--- Waits for a condition while Neovim's event loop runs (the server's messages arrive meanwhile); fails on a
--- timeout or when the server has exited.
local function wait_for(what, condition)
  local ok = vim.wait(input.timeout_ms or 20000, function()
    return server_exit ~= nil or condition()
  end, 20)
  if condition() then
    return
  end
  if server_exit then
    error(string.format('the server exited (code %s, signal %s) while waiting for %s',
      tostring(server_exit.code), tostring(server_exit.signal), what))
  end
  if not ok then
    error('timed out waiting for ' .. what)
  end
end

local function client()
  return vim.lsp.get_client_by_id(client_id)
end

--- Records every diagnostics notification by file, then lets Neovim's own handler turn it into vim.diagnostic.
local function on_publish(err, result, ctx, config)
  local rel = relative(vim.uri_to_fname(result.uri))
  out.published[rel] = result.diagnostics
  published_for[rel] = (published_for[rel] or 0) + 1
  return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
end

local function on_message(kind)
  return function(_, result)
    table.insert(out.messages, { kind = kind, type = result.type, message = result.message })
  end
end

local function start()
  local cmd = server_command()
  out.server = cmd
  step('start')
  client_id = vim.lsp.start_client({
    name = 'mops',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    settings = input.settings or {},
    handlers = {
      ['textDocument/publishDiagnostics'] = on_publish,
      ['window/logMessage'] = on_message('log'),
      ['window/showMessage'] = on_message('show'),
    },
    on_init = function(c)
      -- Neovim 0.7 does not send settings itself; servers that read them (yaml-language-server) wait for this.
      if input.settings and next(input.settings) then
        c.notify('workspace/didChangeConfiguration', { settings = input.settings })
      end
    end,
    on_error = function(code, err)
      table.insert(out.messages, { kind = 'client-error', type = code, message = tostring(err) })
    end,
    on_exit = function(code, signal)
      server_exit = { code = code, signal = signal }
    end,
  })
  if not client_id then
    error('vim.lsp.start_client did not start ' .. table.concat(cmd, ' '))
  end
  wait_for('initialize', function()
    local c = client()
    return c ~= nil and c.initialized == true
  end)
  out.capabilities = client().server_capabilities
  out.offset_encoding = client().offset_encoding
  step('initialized')
end

--- Opens a file of the playbook in a buffer and attaches the client (which sends textDocument/didOpen).
local function open(file)
  local rel = relative(absolute(file))
  if buffers[rel] then
    return buffers[rel]
  end
  local buf = vim.fn.bufadd(absolute(file))
  vim.fn.bufload(buf)
  vim.api.nvim_buf_set_option(buf, 'buflisted', true)
  vim.api.nvim_buf_set_option(buf, 'filetype', 'yaml')
  if not vim.lsp.buf_attach_client(buf, client_id) then
    error('could not attach the client to ' .. rel)
  end
  buffers[rel] = buf
  step('open ' .. rel)
  return buf
end

local function buffer_text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
end

--- The diagnostics Neovim holds for a buffer, as a user's :lua vim.diagnostic.get() shows them (0-based lines,
--- byte columns; the same as characters on ASCII lines).
local function diagnostics_of(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      message = d.message,
      source = d.source,
      code = d.code or lsp.code,
    })
  end
  return list
end

local function wait_diagnostics()
  local min = input.min_diagnostics or {}
  for rel, buf in pairs(buffers) do
    wait_for('diagnostics of ' .. rel, function()
      return (published_for[rel] or 0) > 0 and #vim.diagnostic.get(buf) >= (min[rel] or 0)
    end)
  end
  for rel, buf in pairs(buffers) do
    out.diagnostics[rel] = diagnostics_of(buf)
  end
  step('diagnostics')
end

--- The files a WorkspaceEdit touches, as URIs, whichever of its two shapes the server sent.
local function edited_uris(edit)
  local uris = {}
  for _, change in ipairs(edit.documentChanges or {}) do
    if change.textDocument then
      table.insert(uris, change.textDocument.uri)
    end
  end
  for uri in pairs(edit.changes or {}) do
    table.insert(uris, uri)
  end
  return uris
end

--- Applies a WorkspaceEdit as Neovim does for :lua vim.lsp.buf.rename(), and records each touched buffer's text.
local function apply(name, edit)
  local c = client()
  vim.lsp.util.apply_workspace_edit(edit, c.offset_encoding)
  local texts = {}
  for _, uri in ipairs(edited_uris(edit)) do
    texts[relative(vim.uri_to_fname(uri))] = buffer_text(vim.uri_to_bufnr(uri))
  end
  out.edits[name] = texts
end

local function request(spec)
  local buf = open(spec.file)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = spec.line, character = spec.character },
  }
  if spec.method == 'textDocument/rename' then
    params.newName = spec.new_name
  elseif spec.method == 'textDocument/references' then
    params.context = { includeDeclaration = true }
  end
  local response, reason = client().request_sync(spec.method, params, input.timeout_ms or 20000, buf)
  if not response then
    error(string.format('%s (%s): no response (%s)', spec.name, spec.method, tostring(reason or 'request refused')))
  end
  -- vim.NIL keeps a null result (no hover here, no definition) as a key in the JSON, distinct from no request.
  out.responses[spec.name] = { result = response.result == nil and vim.NIL or response.result, error = response.err }
  step('request ' .. spec.name)
  if spec.apply and response.result and response.result ~= vim.NIL then
    apply(spec.name, response.result)
    step('applied ' .. spec.name)
  end
end

--- Writes every changed buffer (:wall) and lists the files written.
local function write_all()
  local modified = {}
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.api.nvim_buf_get_option(buf, 'modified') then
      table.insert(modified, relative(vim.api.nvim_buf_get_name(buf)))
    end
  end
  vim.cmd('silent wall')
  table.sort(modified)
  out.written = modified
  step('write')
end

local function main()
  local input_path = env('MOPS_NVIM_INPUT')
  if not input_path then
    error('MOPS_NVIM_INPUT is not set')
  end
  input = vim.fn.json_decode(table.concat(vim.fn.readfile(input_path), '\n'))
  root = vim.fn.fnamemodify(input.root, ':p'):gsub('/$', '')
  out.nvim = vim.version()
  vim.o.swapfile = false
  vim.o.hidden = true
  start()
  for _, file in ipairs(input.open or {}) do
    open(file)
  end
  wait_diagnostics()
  for _, spec in ipairs(input.requests or {}) do
    request(spec)
  end
  if input.write then
    write_all()
  end
  out.ok = true
end

--- The last lines of Neovim's LSP log: the server's stderr lands there, and it says why a server failed.
local function log_tail()
  local ok, lines = pcall(vim.fn.readfile, vim.lsp.get_log_path())
  if not ok then
    return {}
  end
  return vim.list_slice(lines, math.max(1, #lines - 30))
end

local function finish()
  local output = env('MOPS_NVIM_OUTPUT')
  if not out.ok then
    out.log = log_tail()
  end
  if client_id and client() then
    vim.lsp.stop_client(client_id)
    vim.wait(3000, function()
      return server_exit ~= nil
    end, 20)
  end
  out.server_exit = server_exit
  local encoded_ok, encoded = pcall(vim.fn.json_encode, out)
  if not encoded_ok then
    encoded = vim.fn.json_encode({ ok = false, error = 'could not encode the result: ' .. tostring(encoded), steps = out.steps })
    out.ok = false
  end
  if output then
    vim.fn.writefile({ encoded }, output)
  else
    io.stdout:write(encoded .. '\n')
  end
  if out.ok then
    vim.cmd('qa!')
  else
    vim.cmd('cquit 1')
  end
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  out.ok = false
  out.error = tostring(err)
end
finish()
