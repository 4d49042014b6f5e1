import { quote, closest } from './src/core/scenario/suggest';
console.log(quote('a"b\\c\x1b]0;PWNED\x07\u009b\n'), quote('x'.repeat(100)), JSON.stringify('a"b\\c'));
const big='a'.repeat(20000); console.time('c'); console.log(closest(big+'b', [big, 'x'])); console.timeEnd('c');
