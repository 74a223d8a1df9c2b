import type { CheckResult } from '../model/report'

/**
 * A check's message without the rule id it starts with, for a place that names the rule beside it (the
 * 检查 tab, the source panel, the checking report's 规则 column): the id said twice reads as a stutter.
 */
export function messageWithoutRule(check: Pick<CheckResult, 'rule' | 'message'>): string {
  return check.message.startsWith(`${check.rule} `)
    ? check.message.slice(check.rule.length + 1)
    : check.message
}
