const en = {
  placeholder: 'config',
};
const zh: typeof en = {
  placeholder: '配置',
};
export default { en, zh };
