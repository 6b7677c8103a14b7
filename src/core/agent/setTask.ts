// Setting one task's state, idempotently: done on a done task changes nothing; otherwise exactly the one character
// inside the brackets changes. The text is checked, not trusted: a task from an older version of the text whose box
// is no longer where the model says is refused rather than written somewhere else.
import type { Task, TextEdit } from '../model';

export class StaleTaskError extends Error {
  constructor(readonly task: Task) {
    super(`The task on line ${task.line} is no longer where it was: the text changed since it was read.`);
    this.name = 'StaleTaskError';
  }
}

export function setTask(text: string, task: Pick<Task, 'offset' | 'line'> & Partial<Task>, done: boolean): TextEdit[] {
  const box = text.charAt(task.offset);
  const isBox = text.charAt(task.offset - 1) === '[' && text.charAt(task.offset + 1) === ']' && (box === 'x' || box === 'X' || /^\s$/.test(box));
  if (!isBox) throw new StaleTaskError(task as Task);
  const checked = box === 'x' || box === 'X';
  if (checked === done) return [];
  return [{ offset: task.offset, length: 1, text: done ? 'x' : ' ' }];
}
