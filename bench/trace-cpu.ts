// CPU per frame read off a Chrome trace (`browser.startTracing` / `stopTracing`): the
// renderer's main thread (every task it ran: script, style, layout, paint) and its raster
// workers. Frame times move with the machine's load far more than this does.

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface FrameCpu {
  /** Milliseconds of the renderer's main thread per frame. */
  readonly mainCpu: number;
  /** Milliseconds of raster work per frame. */
  readonly rasterCpu: number;
}

/** CPU per frame over `frames` frames of the trace `raw` (the buffer `stopTracing` gives). */
export function traceCpuPerFrame(raw: Buffer, frames: number): FrameCpu {
  const events = (JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const cpu = (thread: string, event: string) => {
    let us = 0;
    for (const e of events)
      if (
        e.ph === 'X' &&
        e.name === event &&
        (threads.get(`${e.pid}:${e.tid}`) ?? '').startsWith(thread)
      )
        us += e.tdur ?? e.dur ?? 0;
    return Math.round((us / 1000 / frames) * 100) / 100;
  };
  return {
    mainCpu: cpu('CrRendererMain', 'ThreadControllerImpl::RunTask'),
    rasterCpu: cpu('ThreadPool', 'RasterTask'),
  };
}
