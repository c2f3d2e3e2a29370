import type { Report } from '../model/report.ts';

/** Recently matched reports kept in memory: the same story's reports come up page after page. */
export class ReportCache {
  private readonly map = new Map<number, Report>();

  constructor(private readonly limit: number) {}

  get(id: number): Report | undefined {
    const report = this.map.get(id);
    if (report) {
      // Refresh recency: Map iteration order is insertion order.
      this.map.delete(id);
      this.map.set(id, report);
    }
    return report;
  }

  set(report: Report): void {
    this.map.delete(report.id);
    this.map.set(report.id, report);
    while (this.map.size > this.limit) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }

  delete(id: number): void {
    this.map.delete(id);
  }

  clear(): void {
    this.map.clear();
  }
}
