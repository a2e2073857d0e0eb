import { describe, expect, it } from 'vitest';
import { buildIdNumber, idBirthDate, idCheckChar, idGender, idNumberProblem, normalizeIdNumber } from './idNumber.js';

describe('公民身份号码', () => {
  it('computes the ISO 7064 MOD 11-2 check character, including X', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('44052418800101001')).toBe('4');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it('accepts a lower-case x and stores it upper-case', () => {
    const id = normalizeIdNumber(' 11010519491231002x ');
    expect(id).toBe('11010519491231002X');
    expect(idNumberProblem(id)).toBeNull();
  });

  it.each([
    ['1101051949123100', 'length'],
    ['11010519491231002XX', 'length'],
    ['1101051949123100AX', 'chars'],
    ['110105194913310028', 'birth'],
    ['110105194902300028', 'birth'],
    ['110105194912310021', 'check'],
  ])('refuses %s (%s)', (id, problem) => {
    expect(idNumberProblem(id)).toBe(problem);
  });

  it('reads birth date and gender', () => {
    expect(idBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(idGender('11010519491231002X')).toBe('female');
    expect(idGender('110105194912310010'.slice(0, 17) + idCheckChar('11010519491231001'))).toBe('male');
  });

  it('builds valid numbers of the wanted gender', () => {
    for (let s = 0; s < 50; s += 1) {
      const m = buildIdNumber('320102', '1980-02-29', s, 'male');
      const f = buildIdNumber('320102', '1980-02-29', s, 'female');
      expect(idNumberProblem(m)).toBeNull();
      expect(idNumberProblem(f)).toBeNull();
      expect(idGender(m)).toBe('male');
      expect(idGender(f)).toBe('female');
    }
  });
});
