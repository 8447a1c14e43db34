<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>LabAccess</name>
    <message>
        <location filename="../app/bridge/labaccess.cpp" line="+35"/>
        <source>%1 is a file, not a lab folder.</source>
        <translation>%1은(는) 파일이며 랩 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Choose the folder that holds the lab&apos;s lab.json, or an empty folder for a new lab.</source>
        <translation>랩의 lab.json이 들어 있는 폴더를 선택하거나, 새 랩을 위한 빈 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The folder %1 holds other files but no lab (no lab.json).</source>
        <translation>폴더 %1에는 다른 파일이 있지만 랩은 없습니다(lab.json 없음).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The settings of this lab are lost: lab.json and lab.json.bak are damaged and no step record holds them, so it cannot be run without recomputing its finished work.</source>
        <translation>이 랩의 설정이 사라졌습니다: lab.json과 lab.json.bak이 손상되었고 어떤 단계 기록에도 설정이 남아 있지 않으므로, 완료된 작업을 다시 계산하지 않고는 실행할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the lab&apos;s settings from the command line: privatesnn run --lab LAB --config FILE (finished steps whose settings match are kept).</source>
        <translation>명령줄에서 랩의 설정을 지정하세요: privatesnn run --lab LAB --config FILE (설정이 일치하는 완료된 단계는 유지됩니다).</translation>
    </message>
</context>
<context>
    <name>LeakageText</name>
    <message>
        <location filename="../widgets/models/leakagetext.cpp" line="+51"/>
        <source>attack %1</source>
        <translation>공격 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference</source>
        <translation>기준</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attack 1 (ReLU re-conversion)</source>
        <translation>공격 1 (ReLU 재변환)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 1 (threshold-aware re-conversion)</source>
        <translation>공격 1 (임계값 인식 재변환)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 2 (surrogate gradients)</source>
        <translation>공격 2 (대리 기울기)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer control (targeted PGD)</source>
        <translation>전이 대조군 (표적 PGD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNN</source>
        <translation>SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted SNN</source>
        <translation>암호화된 SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real images</source>
        <translation>실제 이미지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial noise</source>
        <translation>초기 노이즈</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attack %1 on the ANN</source>
        <translation>ANN에 대한 공격 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack %1 on the SNN</source>
        <translation>SNN에 대한 공격 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack %1 on the encrypted SNN</source>
        <translation>암호화된 SNN에 대한 공격 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>real images (held out)</source>
        <translation>실제 이미지 (별도 보관)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial noise (where the attacks start)</source>
        <translation>초기 노이즈 (공격의 시작점)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%2에 대한 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No judge classifier was given, so leakage cannot be decided for this row.</source>
        <translation>판정 분류기가 주어지지 않아 이 행의 유출 여부를 판정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Judge %1 puts %2 of %3 images from %4 in their target class</source>
        <translation>판정기 %1은(는) %4의 이미지 %3장 중 %2장을 목표 클래스로 분류합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judge puts %1 of %2 images from %3 in their target class</source>
        <translation>판정기는 %3의 이미지 %2장 중 %1장을 목표 클래스로 분류합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3 interval %4–%5; chance %6, one-sided binomial p = %7).</source>
        <translation>%1 (%2, %3 구간 %4–%5; 우연 %6, 단측 이항검정 p = %7).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judge %1 puts %2 there; the verdict is the two judges&apos; together (leaks when either says so, protected only when both do).</source>
        <translation>판정기 %1은(는) 여기서 %2입니다. 판정은 두 판정기를 함께 본 것입니다(어느 하나라도 유출이라 하면 유출, 둘 다 보호라 할 때만 보호).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole interval is more than 10 points above chance: the attack recovers what the classes look like, so this model leaks.</source>
        <translation>구간 전체가 우연보다 10포인트 넘게 높습니다. 공격이 클래스의 모습을 복원하므로 이 모델은 유출됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole interval is above chance, but not more than 10 points above it: this model leaks, possibly only a little.</source>
        <translation>구간 전체가 우연보다 높지만 10포인트를 넘지는 않습니다. 이 모델은 유출되며, 그 정도는 작을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even the interval&apos;s upper end is within 10 points of chance: protected against this attacker budget (a stronger attacker may still succeed).</source>
        <translation>구간의 상한조차 우연에서 10포인트 이내입니다. 이 공격자 예산에 대해 보호됩니다 (더 강한 공격자는 여전히 성공할 수 있습니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interval is too wide to decide either way: inconclusive.</source>
        <translation>구간이 너무 넓어 어느 쪽으로도 판정할 수 없습니다: 결론 없음.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>about %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the observed rate were the true one, %1 images would give 80 % power to show it leaks beyond the margin.</source>
        <translation>관측된 비율이 참값이라면, 마진을 넘어 유출됨을 보이는 데 이미지 %1장이 80 % 검정력을 줍니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the observed rate were the true one, %1 images would give 80 % power to bound it within the margin.</source>
        <translation>관측된 비율이 참값이라면, 마진 이내로 한정하는 데 이미지 %1장이 80 % 검정력을 줍니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encryption changed the judge accuracy by %1 points against the unencrypted SNN.</source>
        <translation>암호화로 판정 정확도가 암호화하지 않은 SNN 대비 %1포인트 바뀌었습니다.</translation>
    </message>
</context>
<context>
    <name>LoadErrorText</name>
    <message>
        <location filename="../app/bridge/loaderrortext.cpp" line="+35"/>
        <source>The model file &apos;%1&apos; was not found.</source>
        <translation>모델 파일 &apos;%1&apos;을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path, or choose the file again.</source>
        <translation>경로를 확인하거나 파일을 다시 선택하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model file &apos;%1&apos; could not be read.</source>
        <translation>모델 파일 &apos;%1&apos;을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PrivateSNN archive &apos;%1&apos; cannot be opened.</source>
        <translation>PrivateSNN 아카이브 &apos;%1&apos;을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the archive again, or recreate it from its source model.</source>
        <translation>아카이브를 다시 복사하거나 원본 모델에서 다시 만드세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is neither a TorchScript model nor a PrivateSNN archive.</source>
        <translation>&apos;%1&apos;은(는) TorchScript 모델도 PrivateSNN 아카이브도 아닙니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the model with torch.jit.save, or open a .psnn archive written by PrivateSNN Lab.</source>
        <translation>torch.jit.save로 모델을 저장하거나, PrivateSNN Lab이 만든 .psnn 아카이브를 여세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is incomplete or damaged.</source>
        <translation>&apos;%1&apos;이(가) 불완전하거나 손상되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or export the file again.</source>
        <translation>파일을 다시 복사하거나 내보내세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; uses a layer that PrivateSNN Lab cannot convert.</source>
        <translation>&apos;%1&apos;에 PrivateSNN Lab이 변환할 수 없는 레이어가 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported layers: Conv2d, Linear, ReLU, AvgPool2d, Dropout, Flatten and BatchNorm2d after a Conv2d.</source>
        <translation>지원되는 레이어: Conv2d, Linear, ReLU, AvgPool2d, Dropout, Flatten, 그리고 Conv2d 뒤의 BatchNorm2d.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; could not be loaded.</source>
        <translation>모델 &apos;%1&apos;을(를) 불러올 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LibTorch could not read the model &apos;%1&apos;.</source>
        <translation>LibTorch가 모델 &apos;%1&apos;을(를) 읽지 못했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may come from a newer PyTorch. Export it again with torch.jit.save from PyTorch 1.13 or older.</source>
        <translation>파일이 더 새로운 PyTorch에서 만들어졌을 수 있습니다. PyTorch 1.13 이하에서 torch.jit.save로 다시 내보내세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough memory to load the model &apos;%1&apos;.</source>
        <translation>모델 &apos;%1&apos;을(를) 불러올 메모리가 부족합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close other programs, or use a smaller model.</source>
        <translation>다른 프로그램을 닫거나 더 작은 모델을 사용하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped loading the model &apos;%1&apos;.</source>
        <translation>예기치 않은 오류로 모델 &apos;%1&apos;을(를) 불러오지 못했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please report this, with the log, to the PrivateSNN Lab developers.</source>
        <translation>로그와 함께 PrivateSNN Lab 개발자에게 알려 주세요.</translation>
    </message>
</context>
<context>
    <name>MembershipText</name>
    <message>
        <location filename="../widgets/models/membershipcurves.cpp" line="+28"/>
        <source>leaks</source>
        <translation>유출됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no evidence of leakage at this attacker budget</source>
        <translation>이 공격자 예산에서 유출 증거 없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logits</source>
        <translation>로짓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>membrane</source>
        <translation>막전위</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spike counts</source>
        <translation>스파이크 수</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
</context>
<context>
    <name>ModelSnapshot</name>
    <message>
        <location filename="../app/bridge/snapshotconversion.cpp" line="+34"/>
        <source>class %1</source>
        <translation>클래스 %1</translation>
    </message>
</context>
<context>
    <name>PlotSaveMenu</name>
    <message>
        <location filename="../widgets/pages/plotsavemenu.cpp" line="+25"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Save Plot</source>
        <translation>그래프 저장</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right-click to save this plot as PNG or SVG</source>
        <translation>오른쪽 클릭으로 이 그래프를 PNG 또는 SVG로 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PNG…</source>
        <translation>PNG로 저장(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>SVG로 저장(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PlotText</name>
    <message>
        <location filename="../widgets/plots/accuracyplot.cpp" line="+32"/>
        <location filename="../widgets/plots/layercharts.cpp" line="+107"/>
        <location line="+21"/>
        <source>Converted SNN</source>
        <translation>변환된 SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/plots/layercharts.cpp" line="-20"/>
        <location line="+21"/>
        <source>Encrypted SNN</source>
        <translation>암호화된 SNN</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/plots/layercharts.cpp" line="-2"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time steps T</source>
        <translation>시간 단계 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy (%)</source>
        <translation>테스트 정확도 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/encryptionlossplot.cpp" line="+37"/>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation</source>
        <translation>증류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../widgets/plots/layercharts.cpp" line="-44"/>
        <source>Threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Firing threshold</source>
        <translation>발화 임계값</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Spikes per neuron per time step</source>
        <translation>뉴런당 시간 단계당 스파이크</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Energy per image (µJ)</source>
        <translation>이미지당 에너지 (µJ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cosine similarity (left axis)</source>
        <translation>코사인 유사도 (왼쪽 축)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cosine similarity</source>
        <translation>코사인 유사도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relative L2 change</source>
        <translation>상대 L2 변화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative L2 change (right axis)</source>
        <translation>상대 L2 변화 (오른쪽 축)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plotexport.cpp" line="+30"/>
        <source>could not encode the PNG image</source>
        <translation>PNG 이미지를 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/plots/similarityheatmap.cpp" line="+40"/>
        <source>Class similarity</source>
        <translation>클래스 유사도</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <location filename="../widgets/plots/frontierplot.cpp" line="+251"/>
        <source>people (human judge), in their defence&apos;s colour</source>
        <translation>사람(인간 판정자), 해당 방어의 색</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chance (%1 %)</source>
        <translation>우연 (%1 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chance + %1 points: &quot;protected&quot; needs the whole bar below this line</source>
        <translation>우연 + %1 포인트: &quot;보호됨&quot;이려면 막대 전체가 이 선 아래에 있어야 함</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy lost against the ANN (points, logarithmic beyond 0.1)</source>
        <translation>ANN 대비 정확도 손실 (포인트, 0.1 이상은 로그)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy lost against the ANN (points)</source>
        <translation>ANN 대비 정확도 손실 (포인트)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack: judge accuracy (%)</source>
        <translation>가장 강한 공격: 판정자 정확도 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/rocplot.cpp" line="+17"/>
        <source>Chance (TPR = FPR)</source>
        <translation>우연 (TPR = FPR)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>False-positive rate (non-members flagged)</source>
        <translation>위양성률 (멤버로 지목된 비멤버)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True-positive rate (members found)</source>
        <translation>진양성률 (찾아낸 멤버)</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="+16"/>
        <source>LGPL-3.0</source>
        <translation>LGPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSD-3-Clause</source>
        <translation>BSD-3-Clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apache-2.0</source>
        <translation>Apache-2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPL-3.0</source>
        <translation>GPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About PrivateSNN Lab</source>
        <translation>PrivateSNN Lab 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;See, measure and stop class leakage in spiking neural networks.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;스파이킹 신경망의 클래스 정보 유출을 보고, 측정하고, 막습니다.&lt;/p&gt;&lt;p&gt;GNU GPL 버전 3 이상으로 배포됩니다.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;라이브러리&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;버전&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;라이선스&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../app/report/accuracysection.cpp" line="+30"/>
        <source>ANN (teacher)</source>
        <translation>ANN (교사)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/activitysection.cpp" line="+49"/>
        <location filename="../app/report/energysection.cpp" line="+26"/>
        <location line="+69"/>
        <source>Converted SNN</source>
        <translation>변환된 SNN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/activitysection.cpp" line="+0"/>
        <location filename="../app/report/energysection.cpp" line="-69"/>
        <location line="+68"/>
        <source>Imported SNN</source>
        <translation>가져온 SNN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported SNN before encryption</source>
        <translation>암호화 전 가져온 SNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted SNN before encryption</source>
        <translation>암호화 전 변환된 SNN</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/report/activitysection.cpp" line="+1"/>
        <location filename="../app/report/energysection.cpp" line="-66"/>
        <location line="+68"/>
        <source>Encrypted SNN</source>
        <translation>암호화된 SNN</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not run: the networks have not been evaluated yet.</source>
        <translation>실행되지 않음: 네트워크를 아직 평가하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/report/energysection.cpp" line="-74"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time steps</source>
        <translation>시간 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change vs ANN</source>
        <translation>ANN 대비 변화</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location filename="../app/report/leakagesection.cpp" line="+35"/>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-1 accuracy on %1 evaluation images%2, used only to measure.</source>
        <translation>평가 이미지 %1장%2에 대한 Top-1 정확도 (측정에만 사용).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accuracy vs time steps</source>
        <translation>시간 단계별 정확도</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: no accuracy per time step has been recorded.</source>
        <translation>실행되지 않음: 시간 단계별 정확도가 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy after t time steps of the converted and the encrypted SNN; the dashed line is the ANN.</source>
        <translation>변환된 SNN과 암호화된 SNN의 t 시간 단계 후 정확도. 점선은 ANN입니다.</translation>
    </message>
    <message>
        <location filename="../app/report/activitysection.cpp" line="-28"/>
        <source>Spike rates per layer</source>
        <translation>레이어별 스파이크 발생률</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: spike rates have not been measured yet.</source>
        <translation>실행되지 않음: 스파이크 발생률을 아직 측정하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spikes per neuron per time step on the evaluation images. Fewer spikes mean less energy.</source>
        <translation>평가 이미지에서 시간 단계당 뉴런당 스파이크 수입니다. 스파이크가 적을수록 에너지가 적게 듭니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input layer fires %1 spikes per pixel over T = %2 time steps, %3 per time step.</source>
        <translation>입력 층은 T = %2 시간 단계 동안 픽셀당 %1개의 스파이크를 발화하며, 시간 단계당 %3개입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The input layer fires %1 spikes per pixel over the whole time window.</source>
        <translation>입력 층은 전체 시간 창 동안 픽셀당 %1개의 스파이크를 발화합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spike rate of each layer, converted vs encrypted SNN (logarithmic scale).</source>
        <translation>레이어별 스파이크 발생률, 변환된 SNN 대 암호화된 SNN (로그 스케일).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/report/conversionsection.cpp" line="+54"/>
        <location filename="../app/report/encryptionsection.cpp" line="+100"/>
        <location filename="../app/report/energysection.cpp" line="+71"/>
        <location filename="../app/report/modelsection.cpp" line="+58"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted / converted</source>
        <translation>암호화 / 변환</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted / imported</source>
        <translation>암호화 / 가져옴</translation>
    </message>
    <message>
        <location filename="../app/report/conversionsection.cpp" line="-34"/>
        <source>Conversion: thresholds per layer</source>
        <translation>변환: 레이어별 임계값</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: the ANN has not been converted to an SNN yet.</source>
        <translation>실행되지 않음: ANN을 아직 SNN으로 변환하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not converted: the spiking model was imported from %1 and is simulated at T = %2 time steps with these semantics (each with where it came from): %3.</source>
        <translation>변환되지 않음: 스파이킹 모델은 %1에서 가져왔으며 T = %2 시간 단계에서 다음 의미론으로 시뮬레이션됩니다(각 항목의 출처 포함): %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Converted at T = %1 time steps from %2 synthetic images in %3; thresholds are the %4 activation per %5, scaled by %6.</source>
        <translation>%2장의 합성 이미지로 T = %1 시간 단계에서 %3 동안 변환. 임계값은 %5별 %4 활성값에 %6을 곱한 값입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold (mean over channels)</source>
        <translation>임계값(채널 평균)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The conversion recorded no thresholds.</source>
        <translation>변환 과정에서 임계값이 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Firing threshold of each spiking layer.</source>
        <translation>각 스파이킹 레이어의 발화 임계값.</translation>
    </message>
    <message>
        <location filename="../app/report/encryptionsection.cpp" line="-77"/>
        <source>Spike-based training at T = %1 on %2 synthetic images for %3 of %4 planned epochs (%5); m = %6, τ = %7, learning rate %8, batch size %9.</source>
        <translation>합성 이미지 %2장으로 T = %1에서 스파이크 기반 학습, 계획된 %4 에포크 중 %3 에포크 (%5); m = %6, τ = %7, 학습률 %8, 배치 크기 %9.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logits of Eq. 6: %1 × the accumulated output membrane (factor fitted to the ANN&apos;s logits before training).</source>
        <translation>식 6의 로짓: %1 × 누적 출력 막전위 (학습 전에 ANN 로짓에 맞춘 계수).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logits of Eq. 6: %1 × the accumulated output membrane (rate decoding).</source>
        <translation>식 6의 로짓: %1 × 누적 출력 막전위 (발화율 디코딩).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logits of Eq. 6: the accumulated output membrane as it is.</source>
        <translation>식 6의 로짓: 누적 출력 막전위 그대로.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole step took %1 (training, the evaluations around it and saving the model).</source>
        <translation>단계 전체에 %1 걸렸습니다(학습, 그 전후의 평가, 모델 저장 포함).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s dropout layers were off during training (the paper keeps them on).</source>
        <translation>학습 중 네트워크의 드롭아웃 층을 껐습니다 (논문은 켠 상태로 둡니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed from the checkpoint of epoch %1.</source>
        <translation>에포크 %1 체크포인트에서 이어서 실행했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accuracy of the imported SNN at this T before encryption: %1.</source>
        <translation>암호화 전 이 T에서 가져온 SNN의 정확도: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy of the converted SNN at this T before encryption: %1.</source>
        <translation>암호화 전 이 T에서 변환된 SNN의 정확도: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation</source>
        <translation>증류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total loss</source>
        <translation>총 손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train accuracy</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval accuracy</source>
        <translation>평가 정확도</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/provenancesection.cpp" line="+48"/>
        <location filename="../app/report/synthesissection.cpp" line="+28"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not evaluated</source>
        <translation>평가 안 함</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption losses per epoch: cross-entropy, distillation and their weighted total.</source>
        <translation>에포크별 암호화 손실: 교차 엔트로피, 증류, 그리고 가중 합계.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weight drift</source>
        <translation>가중치 변화</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cosine similarity</source>
        <translation>코사인 유사도</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/studysection.cpp" line="+112"/>
        <source>Relative L2 change</source>
        <translation>상대 L2 변화</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How far encryption moved each layer&apos;s weights from the converted SNN.</source>
        <translation>암호화로 각 레이어의 가중치가 변환된 SNN에서 얼마나 멀어졌는지.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: the SNN has not been encrypted yet.</source>
        <translation>실행되지 않음: SNN을 아직 암호화하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No finished epoch has been recorded.</source>
        <translation>완료된 에포크가 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/energysection.cpp" line="-71"/>
        <source>Energy per image</source>
        <translation>이미지당 에너지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative to ANN</source>
        <translation>ANN 대비</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: energy has not been estimated yet.</source>
        <translation>실행되지 않음: 에너지를 아직 추정하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated energy per image: each ANN multiply-accumulate costs %1 pJ, each SNN accumulate (one spike arriving at one synapse) costs %2 pJ.</source>
        <translation>이미지당 추정 에너지: ANN의 곱셈-누산 한 번에 %1 pJ, SNN의 누산 한 번(한 시냅스에 도착한 스파이크 하나)에 %2 pJ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Per layer</source>
        <translation>레이어별</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy per image of each layer: ANN vs converted and encrypted SNN.</source>
        <translation>레이어별 이미지당 에너지: ANN 대 변환된 SNN과 암호화된 SNN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/modelsection.cpp" line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+17"/>
        <source>The attack image grid %1 could not be read.</source>
        <translation>공격 이미지 격자 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images reconstructed by each attack, labelled with the class they were meant to show. Enlarged without smoothing.</source>
        <translation>각 공격이 복원한 이미지. 표시하려던 클래스로 이름을 붙였고, 부드럽게 처리하지 않고 확대했습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leakage</source>
        <translation>유출</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no attack has been measured yet.</source>
        <translation>실행되지 않음: 아직 측정한 공격이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each attack reconstructs class images from a network. FID and KID compare them with %1 reference images in the feature space of the %2 (lower means closer to real images); the judge&apos;s accuracy says how often an independent network recognises the intended class (chance: %3).</source>
        <translation>각 공격은 네트워크에서 클래스 이미지를 복원합니다. FID와 KID는 이를 %2의 특징 공간에서 참조 이미지 %1장과 비교합니다(낮을수록 실제 이미지에 가까움). 판정자 정확도는 독립된 네트워크가 의도한 클래스를 얼마나 자주 알아보는지를 나타냅니다(우연 수준: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judge network</source>
        <translation>판정 네트워크</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A second judge (%1) scores the same images; a verdict says leaks when either judge&apos;s interval does and protected only when both do, each interval at half the error rate (Bonferroni).</source>
        <translation>두 번째 판정기(%1)가 같은 이미지를 채점합니다. 어느 한 판정기의 구간이라도 유출을 보이면 유출, 두 구간이 모두 보호를 보일 때만 보호로 판정하며, 각 구간은 절반의 오류율로 계산합니다(본페로니).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge).</source>
        <translation>판정은 판정기 하나에 근거합니다. 두 번째 판정기가 주어지지 않았습니다(설정 second_judge).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>KID (0 = real, 1 = noise)</source>
        <translation>KID (0 = 실제, 1 = 노이즈)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Judge 2 accuracy</source>
        <translation>판정기 2 정확도</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KID (squared kernel distance between feature sets) is scaled as in the privacy-utility study: 0 = as far from the real images as held-out real images, 1 = as far as the attacks&apos; starting noise, with its standard deviation over subsets on the same scale; the CSV holds the raw values.</source>
        <translation>KID(특징 집합 사이의 제곱 커널 거리)는 프라이버시-유용성 연구와 같은 척도로 나타냅니다. 0 = 보류된 실제 이미지만큼 실제 이미지에 가까움, 1 = 공격의 시작 노이즈만큼 떨어짐이며, 부분집합에 걸친 표준편차도 같은 척도로 표시합니다. CSV에는 원래 값이 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="+23"/>
        <source>the lab&apos;s own attacks</source>
        <translation>실험실 자체의 공격</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rater</source>
        <translation>평가자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images rated</source>
        <translation>평가한 이미지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t tell</source>
        <translation>모르겠음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Human judge</source>
        <translation>사람 판정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab&apos;s rating sessions could not be read: %1</source>
        <translation>실험실의 평가 세션을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not rated: nobody has rated this lab&apos;s attack images yet (Attack page, &quot;Rate images&quot;; or privatesnn ratings --lab LAB --import FILE).</source>
        <translation>평가 없음: 아직 아무도 이 실험실의 공격 이미지를 평가하지 않았습니다 (공격 페이지의 &quot;이미지 평가&quot;, 또는 privatesnn ratings --lab LAB --import FILE).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do people recognise the classes in the attack images? Each rater saw the images one at a time, blind (no target class, no point, no attack), in an order shuffled across points and attacks, and named a class or answered &quot;can&apos;t tell&quot;, which counts as wrong. %1 rater(s) gave %2 answers on the lab&apos;s %3 attack images.</source>
        <translation>사람이 공격 이미지에서 클래스를 알아볼 수 있는가? 각 평가자는 이미지를 한 장씩 블라인드로(목표 클래스, 지점, 공격 정보 없이), 지점과 공격을 섞은 순서로 보고 클래스를 답하거나 &quot;모르겠음&quot;으로 답했으며, &quot;모르겠음&quot;은 오답으로 셉니다. 평가자 %1명이 실험실의 공격 이미지 %3개에 대해 %2개의 답을 했습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/report/leakagesection.cpp" line="-37"/>
        <location filename="../app/report/membershipsection.cpp" line="+124"/>
        <location filename="../app/report/studysection.cpp" line="+120"/>
        <source>Attack</source>
        <translation>공격</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point</source>
        <translation>지점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Human accuracy</source>
        <translation>사람 정답률</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact interval</source>
        <translation>정확한 구간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaks to people</source>
        <translation>사람에게 누설</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/report/studysection.cpp" line="+28"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/studysection.cpp" line="+0"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intervals are exact (Clopper–Pearson) at each point&apos;s family-wise %1 % level over its attacks (Bonferroni). Chance is %2 (%3 classes). Leaks to people: the interval lies above chance. The verdicts follow the study&apos;s rule with a margin of %4 points. An image rated by several people counts once per rating.</source>
        <translation>구간은 각 지점의 공격 전체에 대한 패밀리 단위 %1 % 수준(Bonferroni)의 정확한 구간(Clopper–Pearson)입니다. 우연 수준은 %2 (클래스 %3개)입니다. 사람에게 누설: 구간이 우연 수준보다 위에 있습니다. 판정은 %4 포인트 여유를 둔 연구의 규칙을 따릅니다. 여러 사람이 평가한 이미지는 평가마다 한 번씩 셉니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers are about images that a later run of the attack made again; they are kept in the sessions but left out of these figures.</source>
        <translation>답 %1개는 이후 공격 실행에서 다시 만들어진 이미지에 관한 것이라 세션에는 남겨 두되 이 수치에서는 제외했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement between the raters: Fleiss&apos; κ = %1 over the %2 images every rater answered (classes and &quot;can&apos;t tell&quot; as categories; 0 is chance agreement, 1 complete agreement).</source>
        <translation>평가자 간 일치도: 모든 평가자가 답한 이미지 %2개에 대한 Fleiss&apos; κ = %1 (클래스와 &quot;모르겠음&quot;을 범주로 사용; 0은 우연 수준의 일치, 1은 완전한 일치).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement between raters needs at least two raters; this lab has one.</source>
        <translation>평가자 간 일치도에는 평가자가 최소 두 명 필요하지만 이 실험실에는 한 명뿐입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement between the raters is undefined: %1 images were answered by every rater, all in one category or too few.</source>
        <translation>평가자 간 일치도를 정의할 수 없습니다: 모든 평가자가 답한 이미지는 %1개이며, 모두 한 범주이거나 너무 적습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+1"/>
        <location filename="../app/report/membershipsection.cpp" line="-2"/>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/synthesissection.cpp" line="-1"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FID</source>
        <translation>FID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID × 10³</source>
        <translation>KID × 10³</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/studysection.cpp" line="-144"/>
        <source>Judge accuracy</source>
        <translation>판정자 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge confidence</source>
        <translation>판정자 신뢰도</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-42"/>
        <location filename="../app/report/leakagesection.cpp" line="+1"/>
        <location filename="../app/report/membershipsection.cpp" line="+9"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+34"/>
        <source>KID (squared kernel distance between feature sets; 0 = same distribution) is shown × 1000 with its standard deviation over subsets; the CSV holds the unscaled values.</source>
        <translation>KID(특징 집합 간 커널 거리의 제곱, 0 = 같은 분포)는 × 1000으로 부분집합에 대한 표준편차와 함께 표시되며, CSV에는 스케일하지 않은 값이 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconstructed images</source>
        <translation>복원된 이미지</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verdict per attack</source>
        <translation>공격별 판정</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run: no leakage verdict has been recorded yet.</source>
        <translation>실행되지 않음: 아직 기록된 유출 판정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-2"/>
        <location filename="../app/report/modelsection.cpp" line="-29"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../app/report/modelsection.cpp" line="+9"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/provenancesection.cpp" line="+3"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location filename="../app/report/provenancesection.cpp" line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>MACs per image</source>
        <translation>이미지당 MACs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge network</source>
        <translation>판정 네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge SHA-256</source>
        <translation>판정 네트워크 SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results file lists no layers for this model.</source>
        <translation>결과 파일에 이 모델의 레이어가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output shape</source>
        <translation>출력 형태</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data-free proof</source>
        <translation>데이터 미사용 증명</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no step has recorded its inputs yet.</source>
        <translation>실행되지 않음: 입력을 기록한 단계가 아직 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What each step that builds a network was given, as recorded by the pipeline. None of them may see training or evaluation images; that is the point of the method.</source>
        <translation>파이프라인이 기록한, 네트워크를 만드는 각 단계가 받은 입력. 어느 단계도 학습 이미지나 평가 이미지를 보아서는 안 되며, 이것이 이 방법의 핵심입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/report/provenancesection.cpp" line="-4"/>
        <location line="+4"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthesize images</source>
        <translation>이미지 합성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert ANN to SNN</source>
        <translation>ANN을 SNN으로 변환</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt SNN</source>
        <translation>SNN 암호화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not run</source>
        <translation>실행되지 않음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No evaluation data was used.</source>
        <translation>평가 데이터를 사용하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluation data, used only to measure:</source>
        <translation>측정에만 사용한 평가 데이터:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data set</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for</source>
        <translation>용도</translation>
    </message>
    <message>
        <location filename="../app/report/pdfrenderer.cpp" line="+27"/>
        <location filename="../app/report/reportcontext.cpp" line="+109"/>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the PDF writer could not start</source>
        <translation>PDF 작성기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <location filename="../app/report/provenancesection.cpp" line="-6"/>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inputs and outputs</source>
        <translation>입력과 출력</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration and provenance</source>
        <translation>구성 및 출처</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: no step has written its configuration and provenance yet.</source>
        <translation>기록되지 않음: 구성과 출처를 기록한 단계가 아직 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tool</source>
        <translation>도구</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report drawn with</source>
        <translation>보고서 생성 도구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>스레드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration</source>
        <translation>구성</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/studysection.cpp" line="-5"/>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontext.cpp" line="-69"/>
        <location filename="../app/report/reportwriter.cpp" line="+84"/>
        <location filename="../app/report/summarysection.cpp" line="+119"/>
        <source>PrivateSNN Lab report</source>
        <translation>PrivateSNN Lab 보고서</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Cannot write the plot %1: %2</source>
        <translation>그래프 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the image %1: %2</source>
        <translation>이미지 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="-59"/>
        <source>Writing a report needs a QApplication (the plots are drawn with widgets); create a psnn::ReportApplication first.</source>
        <translation>보고서를 쓰려면 QApplication이 필요합니다(그래프를 위젯으로 그립니다). 먼저 psnn::ReportApplication을 만드세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing a report must happen on the application&apos;s main thread.</source>
        <translation>보고서는 애플리케이션의 메인 스레드에서 써야 합니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot create the report folder %1.</source>
        <translation>보고서 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/report/summarysection.cpp" line="+1"/>
        <source>PrivateSNN Lab report: %1</source>
        <translation>PrivateSNN Lab 보고서: %1</translation>
    </message>
    <message>
        <location filename="../app/report/resultsfile.cpp" line="+22"/>
        <source>The lab folder %1 does not exist.</source>
        <translation>랩 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist: the lab has no results yet. Run the pipeline on this lab first.</source>
        <translation>%1이(가) 없습니다: 랩에 아직 결과가 없습니다. 먼저 이 랩에서 파이프라인을 실행하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다: 바이트 %3에서 %2.</translation>
    </message>
    <message>
        <location filename="../app/report/summarysection.cpp" line="-100"/>
        <location line="+42"/>
        <source>ANN %1</source>
        <translation>ANN %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+42"/>
        <source>converted SNN %1</source>
        <translation>변환된 SNN %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>imported SNN %1</source>
        <translation>가져온 SNN %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>encrypted SNN %1</source>
        <translation>암호화된 SNN %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Accuracy: %1, on %2 evaluation images.</source>
        <translation>정확도: %1 (평가 이미지 %2장).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>synthesis</source>
        <translation>합성</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>conversion</source>
        <translation>변환</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 was given %2</source>
        <translation>%1 입력: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data-free: %1.</source>
        <translation>데이터 미사용: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The evaluation data (%1) was used only to measure: %2.</source>
        <translation>평가 데이터(%1)는 측정에만 사용되었습니다: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (%1 the ANN)</source>
        <translation> (ANN 대비 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy per image: %1.</source>
        <translation>이미지당 에너지: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 on the %2: %3 (p = %4).</source>
        <translation>%2에 대한 %1: %3 (p = %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leakage was measured, but no verdict was recorded.</source>
        <translation>유출을 측정했지만 판정이 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accuracy evaluation</source>
        <translation>정확도 평가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leakage attacks</source>
        <translation>유출 공격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spike-rate measurement</source>
        <translation>스파이크 발생률 측정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy estimate</source>
        <translation>에너지 추정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run yet: %1.</source>
        <translation>아직 실행되지 않음: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lab %1 · profile %2 · results of %3 · report written %4</source>
        <translation>랩 %1 · 프로필 %2 · 결과 %3 · 보고서 작성 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../app/report/synthesissection.cpp" line="+0"/>
        <source>Per class</source>
        <translation>클래스당</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimisation steps</source>
        <translation>최적화 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher agreement</source>
        <translation>교사 일치율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean loss</source>
        <translation>평균 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diversity</source>
        <translation>다양성</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teacher agreement: share of synthetic images the teacher assigns to the class they were made for.</source>
        <translation>교사 일치율: 교사가 생성 목적 클래스로 분류한 합성 이미지의 비율.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Class similarity</source>
        <translation>클래스 유사도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: the synthesis step stored no class similarity.</source>
        <translation>기록되지 않음: 합성 단계가 클래스 유사도를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Similarity between the synthetic images of each pair of classes (row: class, column: class). High values off the diagonal mean the teacher&apos;s classes are hard to tell apart without data.</source>
        <translation>각 클래스 쌍의 합성 이미지 간 유사도(행: 클래스, 열: 클래스). 대각선 밖의 값이 높으면 데이터 없이는 교사의 클래스를 구별하기 어렵다는 뜻입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samples by class</source>
        <translation>클래스별 샘플</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded: the synthesis step stored no sample images.</source>
        <translation>기록되지 않음: 합성 단계가 샘플 이미지를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Synthetic images made from the teacher&apos;s weights alone, enlarged without smoothing so every pixel stays visible.</source>
        <translation>교사의 가중치만으로 만든 합성 이미지. 모든 픽셀이 보이도록 부드럽게 처리하지 않고 확대했습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n sample image(s) listed in results.json could not be read.</source>
        <translation>
            <numerusform>results.json에 있는 샘플 이미지 %n장을 읽을 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Synthetic images</source>
        <translation>합성 이미지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no images have been synthesized from the teacher yet.</source>
        <translation>실행되지 않음: 교사에서 아직 이미지를 합성하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/report/verdicts.cpp" line="+34"/>
        <source>no verdict recorded</source>
        <translation>판정 기록 없음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The judge network recognised the intended class of %1 of the %2 reconstructed images (chance: %3).</source>
        <translation>판정 네트워크가 복원된 이미지 %2장 중 %1장에서 의도한 클래스를 알아보았습니다(우연 수준: %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The second judge network recognised %1 of them.</source>
        <translation>두 번째 판정 네트워크는 그중 %1을(를) 알아보았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1; p = %2.</source>
        <translation>규칙: %1; p = %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against the %2 %3.</source>
        <translation>%2에 대한 %1: %3.</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-51"/>
        <location filename="../app/report/membershipsection.cpp" line="-100"/>
        <location line="+1"/>
        <location filename="../app/report/studysection.cpp" line="-86"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../app/report/membershipsection.cpp" line="+6"/>
        <source>%1, %2 → %3: AUC changes by %4 (%5 % paired bootstrap interval %6 to %7).</source>
        <translation>%1, %2 → %3: AUC가 %4만큼 변합니다 (%5 % 대응 부트스트랩 구간 %6 ~ %7).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%3개 중 %2개)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RMIA per class: members found at the 1 % FPR threshold of all records (exact intervals in LAB/membership/per_class.csv).</source>
        <translation>클래스별 RMIA: 전체 레코드 기준 1 % FPR 임계값에서 찾아낸 멤버 (정확한 구간은 LAB/membership/per_class.csv).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Membership inference</source>
        <translation>멤버십 추론</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lab&apos;s membership audit (%1) was made with models the lab no longer holds, or cannot be read: run privatesnn membership --lab LAB again.</source>
        <translation>이 랩의 멤버십 추론 감사(%1)는 랩에 더 이상 없는 모델로 만들어졌거나 읽을 수 없습니다: privatesnn membership --lab LAB을 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no membership audit in this lab (privatesnn membership --lab LAB).</source>
        <translation>실행 안 됨: 이 랩에는 멤버십 추론 감사가 없습니다 (privatesnn membership --lab LAB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can an attacker who sees only a network&apos;s outputs tell whether a record was in the teacher&apos;s training data? %1 members (%2) and %3 non-members (%4), class-balanced; loss attack, offline LiRA and offline RMIA with %5 reference models of the teacher&apos;s architecture, each trained %6 epochs on half of a pool of %7 records.</source>
        <translation>네트워크의 출력만 보는 공격자가 어떤 레코드가 교사의 학습 데이터에 있었는지 알아낼 수 있을까요? 멤버 %1개(%2)와 비멤버 %3개(%4), 클래스 균형. 손실 공격, 오프라인 LiRA, 오프라인 RMIA는 교사와 같은 아키텍처의 참조 모델 %5개를 쓰며, 각 참조 모델은 레코드 %7개로 된 풀의 절반으로 %6 에포크 동안 학습됩니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ROC of each attack on log-log axes (the ANN&apos;s logits, the SNNs&apos; summed output membrane); the low false-positive corner is what an attacker can use.</source>
        <translation>각 공격의 ROC, 로그-로그 축 (ANN은 로짓, SNN은 누적 출력 막전위). 공격자가 실제로 활용할 수 있는 것은 위양성이 적은 구석입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % interval</source>
        <translation>%1 % 구간</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readout</source>
        <translation>판독</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AUC on misclassified records</source>
        <translation>오분류된 레코드의 AUC</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>AUC interval: stratified bootstrap; TPR interval: exact (Clopper-Pearson). %1 non-members allow %2 false positives at 1 % FPR.</source>
        <translation>AUC 구간: 층화 부트스트랩. TPR 구간: 정확 구간(Clopper-Pearson). 비멤버 %1개에서는 1 % FPR에 위양성 %2개가 허용됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* Too few non-members to resolve 0.1 % FPR (it needs at least 1,000).</source>
        <translation>* 비멤버가 너무 적어 0.1 % FPR을 구분할 수 없습니다 (최소 1,000개 필요).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per-class figures, the misclassified slice, the T sweep and every record&apos;s score: LAB/membership/*.csv. Time: %1 (reference models %2).</source>
        <translation>클래스별 수치, 오분류 레코드, T 스윕, 모든 레코드의 점수: LAB/membership/*.csv. 시간: %1 (참조 모델 %2).</translation>
    </message>
    <message>
        <location filename="../app/report/studysection.cpp" line="+8"/>
        <source>How much encryption is enough?</source>
        <translation>암호화는 얼마나 필요한가?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab&apos;s study could not be read: %1</source>
        <translation>이 랩의 연구를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: no privacy-utility study in this lab (privatesnn study --lab LAB).</source>
        <translation>실행 안 됨: 이 랩에는 프라이버시-유용성 연구가 없습니다 (privatesnn study --lab LAB).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same converted SNN defended at several strengths: encryption (the paper&apos;s spike-based training with distillation) at growing doses, Gaussian noise with the same per-layer weight drift as each encryption dose, and distillation into the same SNN from a random initialisation. Each point is attacked by the ReLU re-conversion (attack 1), a re-conversion that clips each layer at its threshold, and surrogate gradients (attack 2), and each attack&apos;s images are scored by every judge.</source>
        <translation>같은 변환 SNN을 여러 강도로 방어했습니다: 점점 커지는 용량의 암호화(논문의 스파이크 기반 학습과 증류), 각 암호화 용량과 층별 가중치 변화가 같은 가우스 잡음, 그리고 무작위 초기화에서 같은 SNN으로의 증류. 각 지점은 ReLU 재변환(공격 1), 각 층을 임계값에서 자르는 재변환, 대리 기울기(공격 2)로 공격하며, 각 공격의 이미지는 모든 판정자가 채점합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Further defences from the model-inversion literature, at the same restart seeds and attacks: the first k weight layers re-initialised and distilled with the rest frozen (early layers carry most of what inversion exploits), negative label smoothing of the distillation targets (positive smoothing is known to help inversion), and weights quantised to k bits per layer without training.</source>
        <translation>모델 역전 문헌이 권하는 추가 방어를 같은 재시작 시드와 공격으로 적용합니다: 처음 k개 가중치 층을 다시 초기화하고 나머지는 고정한 채 증류(초기 층이 역전 공격이 이용하는 정보의 대부분을 담음), 증류 목표에 음의 레이블 스무딩(양의 스무딩은 역전을 돕는 것으로 알려짐), 학습 없이 층마다 k비트로 가중치 양자화.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two controls show what the scoring credits without inversion; they defend nothing and are drawn as stars. The transfer control nudges real images of other classes toward each class within a small budget (targeted PGD on the undefended network): the judge accuracy it reaches is what adversarial transfer alone buys. The random-network control runs the same attacks on a network of the same shape with random weights, converted like the real one: without class knowledge its images must score about chance, or the scoring itself is broken.</source>
        <translation>두 대조군은 역전 없이도 채점이 무엇을 인정하는지 보여 줍니다. 이들은 아무것도 방어하지 않으며 별로 표시됩니다. 전이 대조군은 다른 클래스의 실제 이미지를 작은 예산 안에서 각 클래스 쪽으로 밀어 냅니다(방어되지 않은 네트워크에 대한 표적 PGD). 이것이 도달하는 판정기 정확도가 적대적 전이만으로 얻는 몫입니다. 무작위 네트워크 대조군은 같은 형태에 무작위 가중치를 가진 네트워크를 실제 네트워크처럼 변환한 뒤 같은 공격을 실행합니다. 클래스 지식이 없으므로 그 이미지는 우연 수준 정도로 채점되어야 하며, 그렇지 않으면 채점 자체가 잘못된 것입니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdicts come from each judge&apos;s exact (Clopper–Pearson) interval at the family-wise %1 % level: with F tests at a point (its attacks × judges), each interval is at 1 − %2/F (Bonferroni), so the strongest of several attacks cannot leak by chance alone. Leaks: the interval lies more than %3 points above chance; leaks within the margin: above chance, but not more than %3 points; protected against this attacker budget: its upper end is at most %3 points above chance; otherwise inconclusive. An attack leaks when any judge says so and is protected only when every judge says so; a point likewise over its attacks. An open verdict gives the images (whole restarts of every class) at which the interval would reach a verdict with 80 % power if the observed rate were the true one.</source>
        <translation>판정은 각 판정자의 정확한(Clopper–Pearson) 구간을 족별 %1 % 수준에서 사용합니다: 한 지점에 검정이 F개(공격 × 판정자)이면 각 구간은 1 − %2/F 수준(Bonferroni)이므로, 여러 공격 중 가장 강한 공격이 우연만으로 유출로 판정되지 않습니다. 유출됨: 구간이 우연보다 %3 포인트 넘게 위에 있음; 허용 범위 안에서 유출됨: 우연보다 위이지만 %3 포인트 이하; 이 공격자 예산에 대해 보호됨: 상한이 우연보다 최대 %3 포인트 위; 그 밖에는 판단 불가. 어떤 판정자든 유출이라고 하면 그 공격은 유출이며, 모든 판정자가 보호됨이라고 할 때만 보호됨입니다. 지점도 공격들에 대해 같습니다. 미결 판정에는 관측 비율이 참값이라면 구간이 80 % 검정력으로 판정에 이를 이미지 수(모든 클래스의 재시작 단위)를 적습니다.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Defence</source>
        <translation>방어</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNN accuracy</source>
        <translation>SNN 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-converted ANN</source>
        <translation>재변환 ANN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack</source>
        <translation>가장 강한 공격</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>95 % interval</source>
        <translation>95 % 구간</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Each trained or noised point is built with several defence seeds (each its own network or noise direction, all attacked with the same restart seeds); the accuracies are the seeds&apos; means. Judge accuracy is the first judge&apos;s on the strongest attack, pooled over seeds; its 95 % interval is exact on the pooled counts divided by their design effect (the seeds&apos; spread against the restarts&apos;, widened by t for few seeds), and the bootstrap resamples seeds, then restarts within each class (the classes are the population, not a sample). The family-wise interval is the one the point&apos;s verdict rests on. McNemar p compares the strongest attack&apos;s images pair by pair with the same attack on the undefended SNN. KID (the headline distance, with its standard error) and FID are normalised between real images held out of the reference set (0) and the attacks&apos; initial noise (1). Every attack of every point: study_attacks.csv and LAB/study/study.csv.</source>
        <translation>학습되거나 노이즈가 더해진 각 지점은 여러 방어 시드로 만들어집니다(각각 고유한 네트워크 또는 노이즈 방향이며, 모두 같은 재시작 시드로 공격됨). 정확도는 시드들의 평균입니다. 판정자 정확도는 가장 강한 공격에 대한 첫 번째 판정자의 값으로 시드에 걸쳐 합산됩니다. 95 % 구간은 합산된 개수를 설계 효과(재시작 대비 시드 간 퍼짐, 시드가 적을 때 t로 넓힘)로 나눈 값에 대한 정확 구간이며, 부트스트랩은 시드를 다시 뽑은 뒤 각 클래스 안에서 재시작을 다시 뽑습니다(클래스는 표본이 아니라 모집단입니다). 가족별 구간은 그 지점의 판정이 근거하는 구간입니다. McNemar p는 가장 강한 공격의 이미지를 방어하지 않은 SNN에 대한 같은 공격과 쌍별로 비교합니다. KID(표준 오차와 함께 제시되는 대표 거리)와 FID는 참조 집합에서 제외한 실제 이미지(0)와 공격의 초기 노이즈(1) 사이로 정규화됩니다. 모든 지점의 모든 공격: study_attacks.csv 및 LAB/study/study.csv.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Distances are measured in the first judge&apos;s features (a file written before the feature extractor was recorded).</source>
        <translation>거리는 첫 번째 판정자의 특징에서 측정됩니다(특징 추출기가 기록되기 전에 작성된 파일).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distances are measured in: %1 — never in the attacked teacher&apos;s features.</source>
        <translation>거리 측정 위치: %1 — 공격받는 교사의 특징에서는 절대 측정하지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First</source>
        <translation>첫째</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second</source>
        <translation>둘째</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact p</source>
        <translation>정확 p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At equal accuracy loss</source>
        <translation>같은 정확도 손실에서</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 points</source>
        <translation>%1 포인트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 points</source>
        <translation>%1 ~ %2 포인트</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paired comparisons (judge accuracy of the first minus the second, the first point&apos;s strongest attack): each defended point against the undefended one, and each encryption dose against the noise with its drift. The interval is Agresti and Min&apos;s adjusted Wald interval for matched pairs and, like p (exact McNemar), uses the counts divided by their design effect over seeds. A comparison is at equal accuracy loss only where the two points lose within one point of each other; otherwise it compares defences at different costs. Every attack: study_comparisons.csv.</source>
        <translation>쌍 비교(첫 번째 지점의 가장 강한 공격에서 첫 번째의 판정자 정확도 빼기 두 번째): 방어된 각 지점을 방어하지 않은 지점과, 각 암호화 강도를 같은 변화량의 노이즈와 비교합니다. 구간은 대응 비율에 대한 Agresti–Min 보정 Wald 구간이며, p(정확 McNemar)와 마찬가지로 개수를 시드에 걸친 설계 효과로 나눈 값을 씁니다. 두 지점의 정확도 손실 차이가 1 포인트 이내일 때만 같은 정확도 손실에서의 비교이며, 그렇지 않으면 서로 다른 비용의 방어를 비교하는 것입니다. 모든 공격: study_comparisons.csv.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Family-wise interval</source>
        <translation>족별 구간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict of the point</source>
        <translation>지점의 판정</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People (exact interval)</source>
        <translation>사람 (정확한 구간)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Second judge</source>
        <translation>두 번째 판정자</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Privacy-utility frontier: accuracy lost against the ANN and the strongest attack&apos;s judge accuracy with its 95 % interval, one curve per defence; stars: the controls.</source>
        <translation>프라이버시-효용 경계: ANN 대비 잃은 정확도와 가장 강한 공격의 판정기 정확도 및 95 % 구간, 방어마다 곡선 하나; 별: 대조군.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled triangles (&quot;people&quot;): the human judge&apos;s accuracy over all of a point&apos;s rated attack images, with its exact 95 % interval, in the colour of the point&apos;s defence.</source>
        <translation>채워진 삼각형(&quot;사람&quot;): 한 지점에서 평가된 모든 공격 이미지에 대한 사람 판정의 정답률과 정확한 95 % 구간, 해당 지점의 방어 색으로 표시.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bootstrap (seeds, restarts)</source>
        <translation>부트스트랩 (시드, 재시작)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judges agree</source>
        <translation>판정자 일치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID (0 real, 1 noise)</source>
        <translation>KID (0 실제, 1 노이즈)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FID (0 real, 1 noise)</source>
        <translation>FID (0 실제, 1 잡음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>McNemar p</source>
        <translation>McNemar p</translation>
    </message>
    <message>
        <location filename="../app/report/htmlwriter.cpp" line="+168"/>
        <source>Part %1 of %2 of this table, split to fit the page (the HTML report shows it whole).</source>
        <translation>이 표의 %2개 부분 중 %1번째: 페이지에 맞도록 나누었습니다(HTML 보고서에는 전체가 표시됩니다).</translation>
    </message>
</context>
<context>
    <name>RunFailureText</name>
    <message>
        <location filename="../app/bridge/runfailuretext.cpp" line="+29"/>
        <source>The pipeline stopped.</source>
        <translation>파이프라인이 중단되었습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The step &apos;%1&apos; failed.</source>
        <translation>&apos;%1&apos; 단계가 실패했습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the model and evaluation data paths on the Load page.</source>
        <translation>ANN 불러오기 페이지에서 모델과 평가 데이터 경로를 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a lab folder you can write to (File ▸ New Lab).</source>
        <translation>쓰기 가능한 랩 폴더를 선택하세요 (파일 ▸ 새 랩).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower the learning rate or the step size and run again.</source>
        <translation>학습률이나 스텝 크기를 낮추고 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Lower the batch size or the number of time steps, or close other programs.</source>
        <translation>배치 크기나 시간 단계 수를 줄이거나, 다른 프로그램을 닫으세요.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Change the settings named above and run again; finished steps are kept.</source>
        <translation>위에 언급된 설정을 바꾸고 다시 실행하세요. 끝난 단계는 유지됩니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LibTorch refused an operation. Try smaller settings; if it persists, report it with the log.</source>
        <translation>LibTorch가 연산을 거부했습니다. 더 작은 설정으로 시도하고, 계속되면 로그와 함께 알려 주세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough memory.</source>
        <translation>메모리가 부족합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please report this, with the log, to the PrivateSNN Lab developers.</source>
        <translation>로그와 함께 PrivateSNN Lab 개발자에게 알려 주세요.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/labmodel/src/settings_catalogue_table.cpp" line="+122"/>
        <location line="+4"/>
        <location line="+45"/>
        <location line="+48"/>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Images per class</source>
        <translation>클래스당 이미지 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many synthetic images to make for each class (paper: 1000; demo: 50).</source>
        <translation>클래스마다 만들 합성 이미지 수(논문: 1000, 데모: 50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimisation steps</source>
        <translation>최적화 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam steps per batch of images (paper: 200).</source>
        <translation>이미지 배치당 Adam 단계 수 (논문: 200).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Images optimised together; larger is faster but needs more memory (paper: 100).</source>
        <translation>함께 최적화할 이미지 수. 클수록 빠르지만 메모리가 더 필요합니다 (논문: 100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Adam&apos;s step size on the image pixels (paper: 0.05).</source>
        <translation>이미지 픽셀에 대한 Adam의 스텝 크기 (논문: 0.05).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Temperature τ</source>
        <translation>온도 τ</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The loss compares softmax(z / τ) with the soft label (paper: 20).</source>
        <translation>손실은 softmax(z / τ)를 소프트 레이블과 비교합니다 (논문: 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dirichlet β</source>
        <translation>디리클레 β</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scales the class-similarity row into the Dirichlet concentration: small β gives peaked, varied targets (paper: 1.0).</source>
        <translation>클래스 유사도 행을 디리클레 집중도로 스케일합니다. β가 작으면 뾰족하고 다양한 목표가 됩니다 (논문: 1.0).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Maximum input current (Algorithm 1)</source>
        <translation>최대 입력 전류 (알고리즘 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High percentile (robust to outliers)</source>
        <translation>높은 백분위수 (이상치에 강함)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold statistic</source>
        <translation>임계값 통계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which statistic of each layer&apos;s input current becomes its threshold.</source>
        <translation>각 레이어 입력 전류의 어떤 통계를 임계값으로 쓸지.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold scale</source>
        <translation>임계값 배율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplies every balanced threshold; below 1 lets low T reach the ANN&apos;s accuracy (paper: 0.7).</source>
        <translation>조정된 모든 임계값에 곱합니다. 1보다 작으면 작은 T에서도 ANN의 정확도에 도달합니다 (논문: 0.7).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>time steps</source>
        <translation>시간 단계</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Time steps T</source>
        <translation>시간 단계 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length while balancing thresholds and measuring (paper: 100; demo: 30).</source>
        <translation>임계값 조정과 측정 시의 시뮬레이션 길이 (논문: 100, 데모: 30).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the synthetic images (paper: 20). The learning rate drops tenfold at 50 % and 70 %.</source>
        <translation>합성 이미지를 도는 횟수 (논문: 20). 학습률은 50 %와 70 % 지점에서 각각 10분의 1로 줄어듭니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per training step (paper: 64; memory grows with batch × T).</source>
        <translation>학습 단계당 이미지 수 (논문: 64, 메모리는 배치 × T에 비례).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam&apos;s learning rate (paper: 1e-4).</source>
        <translation>Adam의 학습률 (논문: 1e-4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distillation weight m</source>
        <translation>증류 가중치 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eq. 6: loss = (1 − m) · CE + m · τ² · KD (paper: 0.7).</source>
        <translation>식 6: 손실 = (1 − m) · CE + m · τ² · KD (논문: 0.7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softens the ANN&apos;s and the SNN&apos;s outputs in the distillation term (paper: 20).</source>
        <translation>증류 항에서 ANN과 SNN의 출력을 부드럽게 합니다 (논문: 20).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accumulated membrane, scaled to the ANN&apos;s logits</source>
        <translation>누적 막전위, ANN 로짓 크기에 맞춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accumulated membrane as it is (authors&apos; code)</source>
        <translation>누적 막전위 그대로 (저자 코드)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate-decoded: divided by T, times the thresholds</source>
        <translation>발화율 디코딩: T로 나누고 임계값을 곱함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output logits</source>
        <translation>출력 로짓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the spiking network&apos;s output enters the loss of Eq. 6. The raw sum suits thresholds balanced without the 0.7 scale.</source>
        <translation>스파이킹 신경망의 출력이 식 6의 손실에 들어가는 방식입니다. 원래 합은 0.7 배율 없이 균형 잡힌 임계값에 적합합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time steps T (0: as converted)</source>
        <translation>시간 단계 T (0: 변환 시 값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length during training; 0 keeps the converted network&apos;s T.</source>
        <translation>학습 중 시뮬레이션 길이. 0이면 변환된 네트워크의 T를 유지합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label smoothing</source>
        <translation>레이블 스무딩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both targets of Eq. 6 become (1 − a) · t + a / K. Negative values sharpen them, a defence against model inversion (Struppek et al. 2024); 0 = the paper.</source>
        <translation>식 6의 두 목표가 (1 − a) · t + a / K가 됩니다. 음수 값은 목표를 날카롭게 하며 모델 역전에 대한 방어입니다(Struppek et al. 2024). 0 = 논문.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class numbers to attack, separated by commas (0 is the first class); empty attacks every class.</source>
        <translation>공격할 클래스 번호, 쉼표로 구분 (0이 첫 번째 클래스). 비워 두면 모든 클래스를 공격합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restarts</source>
        <translation>재시작 횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per class, each from its own seeded noise (paper: 10).</source>
        <translation>클래스당 이미지 수, 각각 고유한 시드 노이즈에서 시작(논문: 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient steps per image (paper: 150). In attack 2 each one backpropagates through all T time steps, so keep it small on a CPU.</source>
        <translation>이미지당 경사 단계 수(논문: 150). 공격 2에서는 각 단계가 T개의 모든 시간 단계를 거쳐 역전파되므로 CPU에서는 작게 유지하세요.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>From the file, else to v_reset (NIR)</source>
        <translation>파일 값, 없으면 v_reset으로(NIR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtract the threshold</source>
        <translation>임계값 빼기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to v_reset</source>
        <translation>v_reset으로 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to zero</source>
        <translation>0으로 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset after a spike</source>
        <translation>스파이크 후 리셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a spike: subtract the threshold or set the membrane to v_reset or 0; from the file = the graph&apos;s metadata, else v_reset (NIR&apos;s definition).</source>
        <translation>스파이크 후: 임계값을 빼거나 막전위를 v_reset 또는 0으로 설정합니다. 파일 값 = 그래프의 메타데이터, 없으면 v_reset(NIR의 정의).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the file, else direct</source>
        <translation>파일 값, 없으면 직접 입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct (the image at every step)</source>
        <translation>직접 입력(매 스텝마다 이미지)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poisson spikes</source>
        <translation>포아송 스파이크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input coding</source>
        <translation>입력 부호화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How images enter the imported model; from the file = the graph&apos;s metadata, else direct.</source>
        <translation>이미지가 가져온 모델에 입력되는 방식입니다. 파일 값 = 그래프의 메타데이터, 없으면 직접 입력.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file, else spikes of a firing output layer</source>
        <translation>파일 값, 없으면 발화하는 출력층의 스파이크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output membrane</source>
        <translation>출력 막전위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output spike counts</source>
        <translation>출력 스파이크 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readout</source>
        <translation>판독 방식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class scores of the imported model; from the file = the graph&apos;s metadata, else the spike counts of a firing output layer.</source>
        <translation>가져온 모델의 클래스 점수입니다. 파일 값 = 그래프의 메타데이터, 없으면 발화하는 출력층의 스파이크 수.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time step (dt)</source>
        <translation>시간 간격(dt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward-Euler step of the imported neurons in seconds; 0 = the graph&apos;s metadata, snnTorch&apos;s tau/r, else 1 (Norse trains with 0.001).</source>
        <translation>가져온 뉴런의 전진 오일러 스텝(초)입니다. 0 = 그래프의 메타데이터, snnTorch의 tau/r, 없으면 1(Norse는 0.001로 학습).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time steps (T)</source>
        <translation>타임스텝(T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length of the imported model; 0 = the graph&apos;s metadata, else 100.</source>
        <translation>가져온 모델의 시뮬레이션 길이입니다. 0 = 그래프의 메타데이터, 없으면 100.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transfer control ε</source>
        <translation>전이 대조군 ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L∞ radius of the transfer control&apos;s adversarial examples, as a share of the pixel range (0.1: the usual Fashion-MNIST budget).</source>
        <translation>전이 대조군 적대적 예제의 L∞ 반경, 픽셀 범위에 대한 비율(0.1: 일반적인 Fashion-MNIST 예산).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence seeds</source>
        <translation>방어 시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times each trained or noised point of the study is built, each seed its own network or noise direction, all attacked with the same restart seeds; the verdicts and comparisons account for the spread between them.</source>
        <translation>연구의 학습되거나 노이즈가 더해진 각 지점을 몇 번 만들지입니다. 각 시드는 고유한 네트워크 또는 노이즈 방향이며 모두 같은 재시작 시드로 공격됩니다. 판정과 비교는 그 사이의 퍼짐을 고려합니다.</translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <location filename="../widgets/pages/ratingsheet.cpp" line="+40"/>
        <source>The id &quot;%1&quot; already has answers in this lab: choose a new id for a new sheet.</source>
        <translation>ID &quot;%1&quot;에는 이 실험실에 이미 답이 있습니다. 새 평가지에는 새 ID를 고르세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating sheet %1</source>
        <translation>평가지 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the PDF &apos;%1&apos;: check that its folder exists and is writable.</source>
        <translation>PDF &apos;%1&apos;을(를) 쓸 수 없습니다: 폴더가 있고 쓰기 가능한지 확인하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rating sheet %1 — page %2 of %3. For each image write the number of the class you think it shows, or ? if you can&apos;t tell. Type the answers as a CSV with the lines &quot;number,answer&quot;.</source>
        <translation>평가지 %1 — %3쪽 중 %2쪽. 각 이미지가 보여 준다고 생각하는 클래스 번호를 쓰고, 모르겠으면 ?를 쓰세요. 답은 &quot;number,answer&quot; 줄로 된 CSV로 입력하세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>class:</source>
        <translation>클래스:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot finish the PDF &apos;%1&apos;.</source>
        <translation>PDF &apos;%1&apos;을(를) 완성할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../core/labmodel/src/steps.cpp" line="+24"/>
        <source>Synthesize images</source>
        <translation>이미지 합성</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Convert to SNN</source>
        <translation>SNN으로 변환</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measure the converted SNN</source>
        <translation>변환된 SNN 측정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypt (spike-based training)</source>
        <translation>암호화(스파이크 기반 학습)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measure the encrypted SNN</source>
        <translation>암호화된 SNN 측정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attack and score leakage</source>
        <translation>공격 및 유출 평가</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Load ANN</source>
        <translation>ANN 불러오기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthesize</source>
        <translation>합성</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert</source>
        <translation>변환</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt</source>
        <translation>암호화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack</source>
        <translation>공격</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../widgets/models/steptitles.cpp" line="+22"/>
        <source>study point %1</source>
        <translation>연구 점 %1</translation>
    </message>
</context>
<context>
    <name>StudyText</name>
    <message>
        <location filename="../widgets/models/studyfrontier.cpp" line="+31"/>
        <source>Encryption (STBP + KD)</source>
        <translation>암호화 (STBP + KD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise of equal drift</source>
        <translation>같은 변화량의 잡음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation from a random init</source>
        <translation>무작위 초기화에서의 증류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early layers re-initialised (first k)</source>
        <translation>초기 층 재초기화 (처음 k개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative label smoothing</source>
        <translation>음의 레이블 스무딩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k-bit weights</source>
        <translation>k비트 가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer control (real images, PGD)</source>
        <translation>전이 대조군 (실제 이미지, PGD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random-network control</source>
        <translation>무작위 네트워크 대조군</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>leaks</source>
        <translation>유출됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected against this attacker budget</source>
        <translation>이 공격자 예산에 대해 보호됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaks within the margin</source>
        <translation>허용 범위 안에서 유출됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inconclusive</source>
        <translation>판단 불가</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>≈ %1 images</source>
        <translation>이미지 약 %1장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than 100000 images</source>
        <translation>100000장보다 많은 이미지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 for 80 % power to show it leaks beyond the margin</source>
        <translation>%1 — 허용 범위를 넘는 유출을 80 % 검정력으로 보이려면 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 for 80 % power to bound it within the margin</source>
        <translation>%1 — 허용 범위 안으로 묶어 두려면 80 % 검정력에 %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>paper: lr %1, %n epochs</source>
        <translation>
            <numerusform>논문: lr %1, %n 에포크</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>lr %1, %n epochs</source>
        <translation>
            <numerusform>lr %1, %n 에포크</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (converted SNN)</source>
        <translation>없음 (변환된 SNN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian noise matched to %1</source>
        <translation>%1에 맞춘 가우스 잡음</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>distillation from a random init, lr %1, %n epochs</source>
        <translation>
            <numerusform>무작위 초기화로부터의 증류, lr %1, %n 에포크</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first weight layer re-initialised and distilled, the rest frozen</source>
        <translation>첫 가중치 층을 재초기화하고 증류, 나머지는 고정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first %1 weight layers re-initialised and distilled, the rest frozen</source>
        <translation>처음 %1개 가중치 층을 재초기화하고 증류, 나머지는 고정</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>first layer</source>
        <translation>첫 층</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first %1 layers</source>
        <translation>처음 %1개 층</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <location line="+3"/>
        <source>, lr %1, %n epochs</source>
        <translation>
            <numerusform>, lr %1, %n 에포크</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-92"/>
        <source>%1 (too few images for a verdict: %n per attack)</source>
        <translation>
            <numerusform>%1 (판정하기에 이미지가 너무 적음: 공격당 %n장)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too few images for verdicts: this study attacked its points with fewer than 100 images each (the quick grid), so its intervals are too wide to decide. Run the default grid for verdicts.</source>
        <translation>판정하기에 이미지가 너무 적습니다: 이 연구는 각 지점을 100장 미만의 이미지로 공격했으므로(빠른 격자) 구간이 너무 넓어 판정할 수 없습니다. 판정을 얻으려면 기본 격자를 실행하세요.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>label smoothing %1</source>
        <translation>레이블 스무딩 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1-bit weights (per layer, symmetric)</source>
        <translation>%1비트 가중치 (층별, 대칭)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real images of other classes, targeted PGD within %1 of the pixel range</source>
        <translation>다른 클래스의 실제 이미지, 픽셀 범위의 %1 이내 표적 PGD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random weights of the same shape, converted like the real network</source>
        <translation>같은 형태의 무작위 가중치, 실제 네트워크처럼 변환</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>noise ×%1</source>
        <translation>잡음 ×%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper dose</source>
        <translation>논문 용량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr %1</source>
        <translation>lr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>noise, paper dose</source>
        <translation>잡음, 논문 용량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise %1</source>
        <translation>잡음 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reinit</source>
        <translation>재초기화</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smoothing %1</source>
        <translation>스무딩 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-bit</source>
        <translation>%1비트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer control</source>
        <translation>전이 대조군</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random network</source>
        <translation>무작위 네트워크</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNN accuracy %1, %2 points lost against the ANN</source>
        <translation>SNN 정확도 %1, ANN 대비 %2 포인트 손실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight change (relative L2): %1</source>
        <translation>가중치 변화 (상대 L2): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strongest attack: %1, judge accuracy %2</source>
        <translation>가장 강한 공격: %1, 판정기 정확도 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normalised KID %1 ± %2 (0: held-out real images, 1: the attacks&apos; initial noise)</source>
        <translation>정규화 KID %1 ± %2 (0: 따로 떼어 둔 실제 이미지, 1: 공격의 초기 노이즈)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalised KID %1 (0: real images, 1: the attacks&apos; initial noise)</source>
        <translation>정규화 KID %1 (0: 실제 이미지, 1: 공격의 초기 노이즈)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict: %1</source>
        <translation>판정: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attacked.</source>
        <translation>공격되지 않음.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The weakest setting protected against this attacker budget is %1 (%2): every attack&apos;s interval, for every judge, ends at most %3 points above chance (highest upper bound %4, family-wise over %5 tests); its strongest attack, %6, reaches %7 judge accuracy, at a cost of %8 points of accuracy against the ANN.</source>
        <translation>이 공격자 예산에 대해 보호되는 가장 약한 설정은 %1 (%2)입니다: 모든 공격의 구간이 모든 판정자에 대해 우연보다 최대 %3 포인트 위에서 끝납니다(가장 높은 상한 %4, %5개 검정에 대한 족별 수준). 가장 강한 공격인 %6의 판정자 정확도는 %7이며, ANN 대비 정확도 손실은 %8 포인트입니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No setting explored is protected against this attacker budget: at every point some attack&apos;s interval (family-wise over the point&apos;s attacks and judges) reaches above chance + %1 points or lies above chance (largest accuracy loss explored: %2 points).</source>
        <translation>탐색한 어떤 설정도 이 공격자 예산에 대해 보호되지 않습니다: 모든 지점에서 어떤 공격의 구간(지점의 공격과 판정자에 대한 족별 수준)이 우연 + %1 포인트를 넘거나 우연보다 위에 있습니다(탐색한 최대 정확도 손실: %2 포인트).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verdicts rest on one judge: no second judge was given (setting study.second_judge).</source>
        <translation>판정이 판정자 하나에 의존합니다: 두 번째 판정자가 주어지지 않았습니다(설정 study.second_judge).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Warning: judge %1 scores the random-network control&apos;s images (%2; random weights, no class knowledge) at %3, family-wise interval %4–%5, which excludes chance (%6). The scoring credits something other than class features: read no verdict of this study before finding out why.</source>
        <translation>경고: 판정기 %1이(가) 무작위 네트워크 대조군의 이미지(%2; 무작위 가중치, 클래스 지식 없음)를 %3으로 채점했으며, 패밀리 단위 구간 %4–%5은(는) 우연 수준(%6)을 벗어납니다. 채점이 클래스 특징이 아닌 다른 것을 인정하고 있으므로, 원인을 찾기 전에는 이 연구의 어떤 판정도 읽지 마십시오.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class.</source>
        <translation>전이 대조군: 판정기는 예산 안에서 어떤 클래스 쪽으로 밀린 다른 클래스의 실제 이미지 중 %1을(를) 그 클래스로 분류합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class: no more than chance, so adversarial transfer alone buys nothing above chance here.</source>
        <translation>전이 대조군: 판정기는 예산 안에서 어떤 클래스 쪽으로 밀린 다른 클래스의 실제 이미지 중 %1을(를) 그 클래스로 분류합니다. 우연 수준을 넘지 않으므로, 여기서는 적대적 전이만으로 우연 이상의 이득이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class; adversarial transfer alone reaches %2 of the undefended SNN&apos;s judge accuracy above chance.</source>
        <translation>전이 대조군: 판정기는 예산 안에서 어떤 클래스 쪽으로 밀린 다른 클래스의 실제 이미지 중 %1을(를) 그 클래스로 분류합니다. 적대적 전이만으로 방어되지 않은 SNN의 우연 수준 초과 판정기 정확도의 %2에 도달합니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — people</source>
        <translation>%1 — 사람</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1
People: %2 over %n ratings</source>
        <translation>
            <numerusform>%1
사람: 평가 %n개에 대해 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+33"/>
        <source>See, measure and stop class leakage in spiking neural networks.</source>
        <translation>스파이킹 신경망의 클래스 정보 유출을 보고, 측정하고, 막습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the lab folder and show its results (nothing is rerun).</source>
        <translation>랩 폴더를 열어 결과를 보여 줍니다 (다시 계산하지 않음).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this language instead of the one chosen in View &gt; Language or the system&apos;s: en, de, ko or zh_CN.</source>
        <translation>보기 &gt; 언어에서 고른 언어나 시스템 언어 대신 이 언어를 사용합니다: en, de, ko 또는 zh_CN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a dark palette (Fusion style) whatever the desktop&apos;s theme; the same as PRIVATESNN_DARK=1.</source>
        <translation>데스크톱 테마와 관계없이 어두운 팔레트(Fusion 스타일)를 사용합니다. PRIVATESNN_DARK=1과 같습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PNG of every page into the folder, then quit.</source>
        <translation>모든 페이지의 PNG를 폴더에 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s size for --screenshot-dir, e.g. 1280x720 for a projector (default 1280x1000).</source>
        <translation>--screenshot-dir에 쓸 창 크기, 예: 프로젝터용 1280x720 (기본값 1280x1000).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --screenshot-dir: also shoot the classroom view (blind, revealed, before/after), starting a rating session of this id in the lab (use a copy of the lab).</source>
        <translation>--screenshot-dir와 함께: 교실 보기(가림, 공개, 전/후)도 촬영합니다. 이를 위해 실험실에 이 ID의 평가 세션을 시작합니다(실험실 사본을 사용하세요).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A model to open: TorchScript, ONNX, a NIR graph or a PrivateSNN archive.</source>
        <translation>열 모델: TorchScript, ONNX, NIR 그래프 또는 PrivateSNN 아카이브.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect when you restart PrivateSNN Lab.</source>
        <translation>새 언어는 PrivateSNN Lab을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>error: the lab folder %1 does not exist.</source>
        <translation>오류: 랩 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hint: check the path, or start the program without --lab and choose File &gt; New Lab.</source>
        <translation>도움말: 경로를 확인하거나, --lab 없이 프로그램을 시작한 뒤 파일 &gt; 새 랩을 선택하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hint: %1</source>
        <translation>힌트: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>error: --screenshot-size %1 is not a size such as 1280x720.</source>
        <translation>오류: --screenshot-size %1은(는) 1280x720 같은 크기가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>privatesnn</name>
    <message>
        <location filename="../app/cli/command_run.cpp" line="+118"/>
        <source>Resuming the lab &apos;%1&apos; with the settings it was run with (profile &apos;%2&apos;).</source>
        <translation>랩 &apos;%1&apos;을(를) 실행했던 설정 그대로 이어서 진행합니다 (프로필 &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>leaks within the margin</source>
        <translation>허용 범위 안에서 유출됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconclusive</source>
        <translation>판단 불가</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>≈ %1 images</source>
        <translation>이미지 약 %1장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than 100000 images</source>
        <translation>100000장보다 많은 이미지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 for 80 % power to show it leaks beyond the margin</source>
        <translation>%1 — 허용 범위를 넘는 유출을 80 % 검정력으로 보이려면 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 for 80 % power to bound it within the margin</source>
        <translation>%1 — 허용 범위 안으로 묶어 두려면 80 % 검정력에 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lab: %1</source>
        <translation>랩: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy on %1 evaluation images: ANN %2 %, converted SNN %3 % (T = %4)</source>
        <translation>평가 이미지 %1장 정확도: ANN %2 %, 변환된 SNN %3 % (T = %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy on %1 evaluation images: imported SNN %2 % (T = %3), no ANN</source>
        <translation>평가 이미지 %1개에 대한 정확도: 가져온 SNN %2 % (T = %3), ANN 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, encrypted SNN %1 %</source>
        <translation>, 암호화된 SNN %1 %</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>LEAKS</source>
        <translation>유출됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected against this attacker budget</source>
        <translation>이 공격자 예산에 대해 보호됨</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>not judged</source>
        <translation>판정 안 됨</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 on the %2: %3</source>
        <translation>%2에 대한 %1: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge, --second-judge).</source>
        <translation>판정은 판정기 하나에 근거합니다. 두 번째 판정기가 주어지지 않았습니다(설정 second_judge, --second-judge).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/command_study.cpp" line="+196"/>
        <source>Report: %1</source>
        <translation>보고서: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PrivateSNN Lab %1 (%2), %3 threads, profile &apos;%4&apos;, lab &apos;%5&apos;</source>
        <translation>PrivateSNN Lab %1 (%2), 스레드 %3개, 프로필 &apos;%4&apos;, 랩 &apos;%5&apos;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Wall time %1 s (%2 steps run, %3 kept from the lab)</source>
        <translation>실행 시간 %1초 (단계 %2개 실행, %3개는 랩에서 가져옴)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+61"/>
        <source>Cancelled: %1</source>
        <translation>취소됨: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>hint: %1</source>
        <translation>힌트: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>error in LibTorch: %1</source>
        <translation>LibTorch 오류: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error: out of memory.
hint: use a smaller batch size or fewer images.</source>
        <translation>오류: 메모리가 부족합니다.
힌트: 배치 크기를 줄이거나 이미지 수를 줄이세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal error: %1</source>
        <translation>내부 오류: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal_progress.cpp" line="+66"/>
        <source>ETA %1</source>
        <translation>남은 시간 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>elapsed %1, ETA %2</source>
        <translation>경과 %1, 남은 시간 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_study.cpp" line="-68"/>
        <source>Defence</source>
        <translation>방어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight L2</source>
        <translation>가중치 L2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SNN</source>
        <translation>SNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack</source>
        <translation>가장 강한 공격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge [95 % interval]</source>
        <translation>판정자 [95 % 구간]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID (norm.) ± se</source>
        <translation>KID (정규화) ± 표준오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People [exact 95 %]</source>
        <translation>사람 [정확한 95 %]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (too few images for a verdict: %2 per attack)</source>
        <translation>%1 (판정하기에 이미지가 너무 적음: 공격당 %2장)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too few images for verdicts: this study attacked its points with fewer than 100 images each (the quick grid), so its intervals are too wide to decide. Run the default grid for verdicts.</source>
        <translation>판정하기에 이미지가 너무 적습니다: 이 연구는 각 지점을 100장 미만의 이미지로 공격했으므로(빠른 격자) 구간이 너무 넓어 판정할 수 없습니다. 판정을 얻으려면 기본 격자를 실행하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer: %1</source>
        <translation>답: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer control: adversarial examples made from real images of other classes reach no judge accuracy above chance, without any inversion.</source>
        <translation>전이 대조군: 다른 클래스의 실제 이미지로 만든 적대적 예제는 역변환 없이는 우연 수준을 넘는 판정기 정확도에 이르지 못합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transfer control: adversarial examples made from real images of other classes reach %1 of the undefended SNN&apos;s judge accuracy above chance, without any inversion.</source>
        <translation>전이 대조군: 다른 클래스의 실제 이미지로 만든 적대적 예제가 역전 없이도 방어되지 않은 SNN의 우연 수준 초과 판정기 정확도의 %1에 도달합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The verdicts rest on one judge: give a second one with --second-judge FILE.</source>
        <translation>판정이 판정자 하나에 의존합니다: --second-judge FILE로 두 번째 판정자를 지정하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study table: %1</source>
        <translation>연구 표: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Applied over the &apos;%1&apos; grid: %2 (the grid would set it itself).</source>
        <translation>&apos;%1&apos; 격자 위에 적용됨: %2 (격자가 직접 설정하는 값입니다).</translation>
    </message>
</context>
<context>
    <name>psnn::ArchitectureModel</name>
    <message>
        <location filename="../widgets/models/architecturemodel.cpp" line="+86"/>
        <source>Multiply-accumulate operations for one input image</source>
        <translation>입력 이미지 한 장당 곱셈-누산 연산 수</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
</context>
<context>
    <name>psnn::AttackPage</name>
    <message>
        <location filename="../widgets/pages/attackpage.cpp" line="+94"/>
        <source>Attack: does the network leak its classes?</source>
        <translation>공격: 네트워크가 클래스를 유출하는가?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to recover each class&apos;s image from the ANN, the plain and the encrypted spiking network (attack 1: ascend the class output; attack 2: through spikes), then score the images with FID, KID and an independent judge network.</source>
        <translation>ANN, 일반 스파이킹 네트워크, 암호화된 스파이킹 네트워크에서 각 클래스의 이미지를 복원해 봅니다(공격 1: 클래스 출력을 높이는 방향으로 상승; 공격 2: 스파이크를 통해). 그런 다음 FID, KID와 독립된 판정 네트워크로 이미지를 평가합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both attacks</source>
        <translation>두 공격 모두</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 only (class output)</source>
        <translation>공격 1만 (클래스 출력)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 only (through spikes)</source>
        <translation>공격 2만 (스파이크를 통해)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 ascends the class output of the ANN and of each spiking network; attack 2 attacks the spiking networks through their spikes and is much slower.</source>
        <translation>공격 1은 ANN과 각 스파이킹 네트워크의 클래스 출력을 높이는 방향으로 상승하고, 공격 2는 스파이크를 통해 스파이킹 네트워크를 공격하며 훨씬 느립니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attack 1 classes</source>
        <translation>공격 1 클래스</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attack settings</source>
        <translation>공격 설정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the attacks recovered: one image per class from each attack</source>
        <translation>공격이 복원한 것: 각 공격에서 클래스당 이미지 한 장</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Class numbers to attack, separated by commas (0 is the first class); empty attacks every class.</source>
        <translation>공격할 클래스 번호, 쉼표로 구분 (0이 첫 번째 클래스). 비워 두면 모든 클래스를 공격합니다.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Attack 2 classes</source>
        <translation>공격 2 클래스</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>class %1</source>
        <translation>클래스 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Attack 1 restarts</source>
        <translation>공격 1 재시작 횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 iterations</source>
        <translation>공격 1 반복 횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 restarts</source>
        <translation>공격 2 재시작 횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 iterations</source>
        <translation>공격 2 반복 횟수</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each class&apos;s image, live</source>
        <translation>각 클래스의 이미지 (실시간)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 1</source>
        <translation>공격 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attack 2</source>
        <translation>공격 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attack replay</source>
        <translation>공격 재생</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leakage scores</source>
        <translation>유출 점수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack</source>
        <translation>공격</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FID ↓ real</source>
        <translation>FID ↓ 실제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge accuracy</source>
        <translation>판정자 정확도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge 2 accuracy</source>
        <translation>판정기 2 정확도</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do people recognise the classes? (human judge)</source>
        <translation>사람이 클래스를 알아볼 수 있는가? (사람 판정)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much encryption is enough? (privacy-utility study)</source>
        <translation>암호화는 얼마나 필요한가? (프라이버시-유용성 연구)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does the network reveal its training records? (membership inference)</source>
        <translation>네트워크가 학습 레코드를 드러내는가? (멤버십 추론)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Snapshot %1 of %2 of this run: drag the slider to replay how the attacks&apos; images formed. The snapshots are kept only while the lab is open in this window; the lab stores the final images.</source>
        <translation>이번 실행의 스냅샷 %1 / %2: 슬라이더를 끌어 공격 이미지가 만들어진 과정을 다시 보세요. 스냅샷은 이 창에서 실험실이 열려 있는 동안만 유지되며, 실험실에는 최종 이미지가 저장됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later snapshots are not kept (memory); the live images still show the run.</source>
        <translation>이후 스냅샷은 보관하지 않습니다(메모리). 실시간 이미지는 계속 실행을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attacks yet. Run this step to attack the networks.</source>
        <translation>아직 공격이 없습니다. 네트워크를 공격하려면 이 단계를 실행하세요.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Raw KID %1 ± %2: the squared kernel distance between the judge&apos;s features of these images and of real images (0 = the same distribution; no upper limit).</source>
        <translation>원시 KID %1 ± %2: 이 이미지들과 실제 이미지에 대한 판정기 특징 사이의 제곱 커널 거리 (0 = 같은 분포, 상한 없음).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID (0 = real, 1 = noise)</source>
        <translation>KID (0 = 실제, 1 = 노이즈)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KID (raw)</source>
        <translation>KID (원시값)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID scaled as in the privacy-utility study: 0 = as far from the real images as held-out real images, 1 = as far as the attacks&apos; starting noise. Lower means closer to real images.</source>
        <translation>프라이버시-효용 연구와 같은 척도의 KID: 0 = 별도 보관한 실제 이미지만큼 실제 이미지에 가까움, 1 = 공격의 시작 노이즈만큼 멂. 낮을수록 실제 이미지에 가깝습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID on its own scale: the squared kernel distance between the judge&apos;s features of the images and of real images; 0 = the same distribution, no upper limit. The 0-1 scale needs the real-image and noise reference rows, which this lab lacks.</source>
        <translation>고유 척도의 KID: 이미지와 실제 이미지에 대한 판정기 특징 사이의 제곱 커널 거리이며, 0 = 같은 분포, 상한 없음. 0–1 척도에는 실제 이미지와 노이즈 기준 행이 필요한데 이 랩에는 없습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>no judge</source>
        <translation>판정자 없음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference</source>
        <translation>기준</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 attacked networks leak their classes (hover a verdict for the reason). Lower FID/KID means closer to real images.</source>
        <translation>공격한 네트워크 %2개 중 %1개가 클래스를 유출합니다(이유는 판정 위에 마우스를 올려 보세요). FID/KID가 낮을수록 실제 이미지에 가깝습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge).</source>
        <translation>판정은 판정기 하나에 근거합니다. 두 번째 판정기가 주어지지 않았습니다(설정 second_judge).</translation>
    </message>
</context>
<context>
    <name>psnn::BeforeAfterView</name>
    <message>
        <location filename="../widgets/pages/beforeafterview.cpp" line="+56"/>
        <source>Before</source>
        <translation>전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>후</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>←/→ class   ↑/↓ the &quot;after&quot; source   Page Up/Down the &quot;before&quot; source   B or Esc: back to the images</source>
        <translation>←/→ 클래스   ↑/↓ &apos;후&apos; 출처   Page Up/Down &apos;전&apos; 출처   B 또는 Esc: 이미지로 돌아가기</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the lab&apos;s own attacks</source>
        <translation>실험실 자체의 공격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the %2 (%3)</source>
        <translation>%2에 대한 %1 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab has no two sets of attack images to compare: run the attack step with encryption, or a study.</source>
        <translation>이 실험실에는 비교할 공격 이미지 세트가 두 개 없습니다. 암호화와 함께 공격 단계를 실행하거나 연구를 실행하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before and after: %1 (class %2)</source>
        <translation>전과 후: %1 (클래스 %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image of this class here.</source>
        <translation>여기에는 이 클래스의 이미지가 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ✗</source>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge 1: %1   Judge 2: %2</source>
        <translation>판정자 1: %1   판정자 2: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before: %1</source>
        <translation>전: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>후: %1</translation>
    </message>
</context>
<context>
    <name>psnn::ConvertPage</name>
    <message>
        <location filename="../widgets/pages/convertpage.cpp" line="+29"/>
        <source>Convert to a spiking network</source>
        <translation>스파이킹 네트워크로 변환</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the ANN into a spiking network, setting each layer&apos;s firing threshold from the synthetic images. The evaluation data, when chosen on the Load page, is used only to measure accuracy.</source>
        <translation>ANN을 스파이킹 네트워크로 바꾸고, 합성 이미지로 각 레이어의 발화 임계값을 정합니다. ANN 불러오기 페이지에서 평가 데이터를 골랐다면 정확도 측정에만 사용됩니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Threshold per layer</source>
        <translation>레이어별 임계값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy after each time step</source>
        <translation>시간 단계별 정확도</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not converted yet. Run this step to convert and measure.</source>
        <translation>아직 변환하지 않았습니다. 변환하고 측정하려면 이 단계를 실행하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 thresholds balanced on %2 synthetic images at T = %3 (statistic: %4, scale %5).</source>
        <translation>합성 이미지 %2장으로 T = %3에서 임계값 %1개를 조정했습니다 (통계: %4, 배율 %5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accuracy on %1 evaluation images: ANN %2, converted SNN %3.</source>
        <translation>평가 이미지 %1장 정확도: ANN %2, 변환된 SNN %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No accuracy: no evaluation data was chosen on the Load page.</source>
        <translation>정확도 없음: ANN 불러오기 페이지에서 평가 데이터를 고르지 않았습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measuring: accuracy at T so far %1 after %2 images</source>
        <translation>측정 중: 지금까지 T에서의 정확도 %1 (이미지 %2장)</translation>
    </message>
</context>
<context>
    <name>psnn::EncryptPage</name>
    <message>
        <location filename="../widgets/pages/encryptpage.cpp" line="+25"/>
        <source>Encrypt the spiking network</source>
        <translation>스파이킹 네트워크 암호화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain the spiking network on spikes from the synthetic images, distilling from the ANN, so that its weights no longer give away what the classes look like. A cancelled or interrupted run resumes from the lab&apos;s last epoch checkpoint (encrypt.ckpt).</source>
        <translation>합성 이미지에서 나온 스파이크로 스파이킹 네트워크를 다시 학습하며 ANN에서 증류하여, 가중치가 더 이상 클래스의 모습을 드러내지 않게 합니다. 취소되거나 중단된 실행은 랩의 마지막 에포크 체크포인트(encrypt.ckpt)에서 이어집니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dropout while training</source>
        <translation>학습 중 드롭아웃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, one mask held over T (paper)</source>
        <translation>켬, T 동안 마스크 하나 유지 (논문)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s dropout layers during spike training. Off measured 0.2-1 point better here.</source>
        <translation>스파이크 학습 중 네트워크의 드롭아웃 층. 여기서는 끈 쪽이 0.2-1점 더 좋게 측정되었습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Losses</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy per epoch</source>
        <translation>에포크별 정확도</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight drift per layer</source>
        <translation>레이어별 가중치 변화</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distillation</source>
        <translation>증류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>training (synthetic)</source>
        <translation>학습 (합성)</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+67"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not encrypted yet. Run this step to train the spiking network on spikes.</source>
        <translation>아직 암호화하지 않았습니다. 스파이크로 스파이킹 네트워크를 학습하려면 이 단계를 실행하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>training accuracy (synthetic)</source>
        <translation>학습 정확도 (합성)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 epochs at T = %3 on %4 synthetic images in %5 s.</source>
        <translation>합성 이미지 %4장으로 T = %3에서 %2 에포크 중 %1 에포크 완료 (%5초).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resumed from the checkpoint of epoch %1.</source>
        <translation>에포크 %1 체크포인트에서 이어서 실행했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy: converted SNN %1, encrypted SNN %2.</source>
        <translation>정확도: 변환된 SNN %1, 암호화된 SNN %2.</translation>
    </message>
</context>
<context>
    <name>psnn::ErrorBanner</name>
    <message>
        <location filename="../widgets/pages/errorbanner.cpp" line="+21"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>psnn::ExportButton</name>
    <message>
        <location filename="../widgets/pages/exportbutton.cpp" line="+11"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this spiking model for other tools: NIR for snnTorch, Norse, Sinabs, Lava and neuromorphic chips, TorchScript for PyTorch</source>
        <translation>이 스파이킹 모델을 다른 도구용으로 저장합니다: snnTorch, Norse, Sinabs, Lava 및 뉴로모픽 칩용 NIR, PyTorch용 TorchScript</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIR graph (AvgPool2d; snnTorch)…</source>
        <translation>NIR 그래프(AvgPool2d; snnTorch)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIR graph (SumPool2d; Sinabs, Norse, Lava, SpiNNaker2)…</source>
        <translation>NIR 그래프(SumPool2d; Sinabs, Norse, Lava, SpiNNaker2)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript spiking network…</source>
        <translation>TorchScript 스파이킹 네트워크…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript re-converted ANN (attack 1&apos;s starting point)…</source>
        <translation>TorchScript 재변환 ANN(공격 1의 출발점)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the spiking model</source>
        <translation>스파이킹 모델 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIR graphs (*.nir)</source>
        <translation>NIR 그래프 (*.nir)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TorchScript modules (*.pt)</source>
        <translation>TorchScript 모듈 (*.pt)</translation>
    </message>
</context>
<context>
    <name>psnn::HumanJudgePanel</name>
    <message>
        <location filename="../widgets/pages/humanjudgepanel.cpp" line="+27"/>
        <source>Rate images…</source>
        <translation>이미지 평가…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a rating sheet…</source>
        <translation>평가지 인쇄…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a filled sheet…</source>
        <translation>작성된 평가지 가져오기…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judge networks can be fooled by patterns no person would recognise. Here people name the class of each attack image, blind, one image at a time; their accuracy, with its exact interval, says whether the images leak the classes to people.</source>
        <translation>판정 네트워크는 사람이 알아보지 못하는 패턴에 속을 수 있습니다. 여기서는 사람이 공격 이미지를 한 장씩 블라인드로 보고 클래스를 답합니다. 정확한 구간과 함께 제시되는 정답률이 이미지가 사람에게 클래스를 누설하는지 알려 줍니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A PDF of the images in a blind order with numbered answer boxes, for a class without computers.</source>
        <translation>컴퓨터 없는 수업을 위한, 블라인드 순서의 이미지와 번호가 매겨진 답란이 있는 PDF입니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a lab with attack results to rate its images.</source>
        <translation>이미지를 평가하려면 공격 결과가 있는 실험실을 여세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody has rated this lab&apos;s attack images yet.</source>
        <translation>아직 아무도 이 실험실의 공격 이미지를 평가하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rater(s), %1 answers.</source>
        <translation>
            <numerusform>평가자 %n명, 답 %1개.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 on the %3: %4 of %5 right, %6 (exact interval %7–%8): %9</source>
        <translation>%1 · %3에 대한 %2: %5개 중 %4개 정답, %6 (정확한 구간 %7–%8): %9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lab&apos;s own attacks</source>
        <translation>실험실 자체의 공격</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreement between raters (Fleiss&apos; κ): %1</source>
        <translation>평가자 간 일치도 (Fleiss&apos; κ): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lab&apos;s ratings cannot be read: %1</source>
        <translation>실험실의 평가를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rating sheet &quot;%1&quot; written to %2. Type the filled sheet up as lines &quot;number,answer&quot; and import it with the same id.</source>
        <translation>평가지 &quot;%1&quot;을(를) %2에 저장했습니다. 작성된 평가지를 &quot;number,answer&quot; 줄로 입력한 뒤 같은 ID로 가져오세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answers of sheet &quot;%2&quot; imported.</source>
        <translation>평가지 &quot;%2&quot;의 답 %1개를 가져왔습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Print a rating sheet</source>
        <translation>평가지 인쇄</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>An id for this sheet (it names the answers when they come back):</source>
        <translation>이 평가지의 ID (돌아온 답을 구분하는 이름):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet-1</source>
        <translation>sheet-1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images of each attack, model and point on the sheet (0: every image; a study holds thousands):</source>
        <translation>시트에 넣을 공격·모델·지점별 이미지 수(0: 모든 이미지, 연구에는 수천 장이 있습니다):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the rating sheet</source>
        <translation>평가지 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a filled sheet</source>
        <translation>작성된 평가지 가져오기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The id printed on the sheet:</source>
        <translation>평가지에 인쇄된 ID:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The typed-up answers</source>
        <translation>입력한 답</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>psnn::ImageGallery</name>
    <message>
        <location filename="../widgets/pages/imagegallery.cpp" line="+51"/>
        <source>class %1</source>
        <translation>클래스 %1</translation>
    </message>
</context>
<context>
    <name>psnn::LanguageMenu</name>
    <message>
        <location filename="../widgets/pages/languagemenu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect when PrivateSNN Lab is restarted</source>
        <translation>PrivateSNN Lab을 다시 시작하면 적용됩니다</translation>
    </message>
</context>
<context>
    <name>psnn::LeakageGrid</name>
    <message>
        <location filename="../widgets/pages/leakagegrid.cpp" line="+76"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>psnn::LoadPage</name>
    <message>
        <location filename="../widgets/pages/loadpage.cpp" line="+31"/>
        <source>Load bundled demo</source>
        <translation>내장 데모 불러오기</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open a model…</source>
        <translation>모델 열기…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the spiking network is read</source>
        <translation>스파이킹 네트워크를 읽는 방식</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a trained network</source>
        <translation>학습된 네트워크 불러오기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PrivateSNN Lab works on a pre-trained VGG-style network and never needs its training data: an ANN to convert (TorchScript or ONNX), or a spiking network trained elsewhere (a NIR graph) to audit as it is. You can also drop a model file onto this page.</source>
        <translation>PrivateSNN Lab은 사전 학습된 VGG 형태의 네트워크로 작동하며 학습 데이터가 전혀 필요하지 않습니다. 변환할 ANN(TorchScript 또는 ONNX) 또는 다른 곳에서 학습된 스파이킹 네트워크(NIR 그래프)를 그대로 감사할 수 있습니다. 모델 파일을 이 페이지에 끌어다 놓을 수도 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An ANN as TorchScript (torch.jit.script or torch.jit.trace) or ONNX, a spiking network as a NIR graph (snnTorch, Sinabs, Norse, Lava exports), or a PrivateSNN archive</source>
        <translation>TorchScript(torch.jit.script 또는 torch.jit.trace) 또는 ONNX 형식의 ANN, NIR 그래프 형식의 스파이킹 네트워크(snnTorch, Sinabs, Norse, Lava 내보내기), 또는 PrivateSNN 아카이브</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small network that ships with PrivateSNN Lab</source>
        <translation>PrivateSNN Lab에 포함된 작은 네트워크</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fashion-MNIST test set</source>
        <translation>Fashion-MNIST 테스트 세트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (no accuracy or leakage scores)</source>
        <translation>없음 (정확도·유출 점수 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDX folder, test split (MNIST-style files)…</source>
        <translation>IDX 폴더, 테스트 분할(MNIST 형식 파일)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image folder…</source>
        <translation>이미지 폴더…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real test images, used only to measure accuracy and as the leakage reference; never by synthesis, conversion or encryption</source>
        <translation>실제 테스트 이미지. 정확도 측정과 유출 기준으로만 쓰이며 합성·변환·암호화에는 절대 쓰이지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation data (used for measurement only):</source>
        <translation>평가 데이터 (측정에만 사용):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Imported with these choices (each with where it came from):</source>
        <translation>다음 선택으로 가져왔습니다(각 항목의 출처 포함):</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a trained network</source>
        <translation>학습된 네트워크 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth *.ptl *.onnx *.nir *.psnn);;TorchScript (*.pt *.pth *.ptl);;ONNX (*.onnx);;NIR graphs of spiking networks (*.nir);;PrivateSNN archives (*.psnn);;All files (*)</source>
        <translation>모델 (*.pt *.pth *.ptl *.onnx *.nir *.psnn);;TorchScript (*.pt *.pth *.ptl);;ONNX (*.onnx);;스파이킹 네트워크의 NIR 그래프 (*.nir);;PrivateSNN 아카이브 (*.psnn);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>IDX %1 (test split)</source>
        <translation>IDX %1 (테스트 분할)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evaluation data: a folder of IDX files</source>
        <translation>평가 데이터: IDX 파일 폴더</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evaluation images: one folder per class</source>
        <translation>평가 이미지: 클래스마다 폴더 하나</translation>
    </message>
</context>
<context>
    <name>psnn::LogPanel</name>
    <message>
        <location filename="../widgets/panels/logpanel.cpp" line="+29"/>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>힌트: %1</translation>
    </message>
</context>
<context>
    <name>psnn::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+81"/>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Finished. Every step up to this page is up to date.</source>
        <translation>완료. 이 페이지까지의 모든 단계가 최신 상태입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run finished.</source>
        <translation>실행이 끝났습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run cancelled; finished steps are kept in the lab.</source>
        <translation>실행이 취소되었습니다. 끝난 단계는 랩에 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (%3, Qt %4)</source>
        <translation>%1 %2 (%3, Qt %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="+41"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Lab…</source>
        <translation>새 랩(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Lab…</source>
        <translation>랩 열기(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Labs</source>
        <translation>최근 랩(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Model…</source>
        <translation>모델 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load &amp;Bundled Demo</source>
        <translation>내장 데모 불러오기(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run This Step</source>
        <translation>이 단계 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibTorch &amp;Threads…</source>
        <translation>LibTorch 스레드(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibTorch threads</source>
        <translation>LibTorch 스레드</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Threads each run started here computes with (0: all %n cores of this machine; the command line&apos;s --threads does the same). A running run keeps its own.</source>
        <translation>
            <numerusform>여기서 시작하는 각 실행이 쓰는 스레드 수 (0: 이 컴퓨터의 코어 %n개 전부; 명령줄의 --threads와 같음). 실행 중인 실행은 자신의 값을 유지합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a lab with attack results first: its attack images are what people rate.</source>
        <translation>먼저 공격 결과가 있는 실험실을 여세요. 사람이 평가하는 것은 그 공격 이미지입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Classroom View</source>
        <translation>교실 보기(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab&apos;s attack images full screen for a projector: blind, one at a time, with the answers revealed on Space.</source>
        <translation>프로젝터용 전체 화면으로 실험실의 공격 이미지를 보여 줍니다. 가린 채 한 장씩, 스페이스를 누르면 정답을 공개합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PrivateSNN Lab</source>
        <translation>PrivateSNN Lab 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a lab with attack results first: the classroom view shows its attack images.</source>
        <translation>먼저 공격 결과가 있는 실험실을 여세요. 교실 보기는 그 공격 이미지를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+87"/>
        <source>LibTorch threads: …</source>
        <translation>LibTorch 스레드: …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded</source>
        <translation>불러온 모델 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lab open</source>
        <translation>열린 랩 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+6"/>
        <source>Load a model first.</source>
        <translation>먼저 모델을 불러오세요.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Finished, but the settings changed since: run again to update.</source>
        <translation>완료되었지만 이후 설정이 바뀌었습니다. 갱신하려면 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished.</source>
        <translation>완료.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet.</source>
        <translation>아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another step is running.</source>
        <translation>다른 단계가 실행 중입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: the lab is in use by %1.</source>
        <translation>읽기 전용: %1이(가) 이 랩을 사용 중입니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="+41"/>
        <source>A run is in progress.</source>
        <translation>실행이 진행 중입니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel it before opening another lab.</source>
        <translation>다른 랩을 열기 전에 실행을 취소하세요.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+14"/>
        <source>Lab: %1</source>
        <translation>랩: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lab: %1 (read-only)</source>
        <translation>랩: %1 (읽기 전용)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened the empty lab %1.</source>
        <translation>빈 랩 %1을(를) 열었습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened the lab %1.</source>
        <translation>랩 %1을(를) 열었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui/mainwindow_run.cpp" line="+50"/>
        <source>The lab is in use by %1, so it is open read-only.</source>
        <translation>%1이(가) 랩을 사용 중이므로 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/mainwindow_run.cpp" line="+1"/>
        <source>Wait until that run ends and open the lab again, or open another lab to run steps.</source>
        <translation>그 실행이 끝난 뒤 랩을 다시 열거나, 단계를 실행하려면 다른 랩을 여세요.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The lab&apos;s state file was damaged: %1</source>
        <translation>랩의 상태 파일이 손상되었습니다: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Open a trained network: an ANN as TorchScript or ONNX, a spiking network as a NIR graph, or a PrivateSNN archive.</source>
        <translation>학습된 네트워크 열기: TorchScript 또는 ONNX 형식의 ANN, NIR 그래프 형식의 스파이킹 네트워크, 또는 PrivateSNN 아카이브.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Run the steps again to recompute what was not kept.</source>
        <translation>보존되지 않은 부분을 다시 계산하려면 단계를 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the bundled demo network…</source>
        <translation>내장 데모 네트워크를 불러오는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model: %1 (%2 layers)</source>
        <translation>모델: %1 (레이어 %2개)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded &apos;%1&apos; from %2: %3 layers.</source>
        <translation>%2에서 &apos;%1&apos;을(를) 불러왔습니다: 레이어 %3개.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LibTorch threads: %1</source>
        <translation>LibTorch 스레드: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch intra-op threads: %1</source>
        <translation>LibTorch intra-op 스레드: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="+7"/>
        <source>Running up to &apos;%1&apos; in %2…</source>
        <translation>%2에서 &apos;%1&apos;까지 실행 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end</source>
        <translation>끝</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running the privacy-utility study (%1 grid) in %2…</source>
        <translation>프라이버시-유용성 연구(%1 격자)를 %2에서 실행 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Membership audit</source>
        <translation>멤버십 추론 감사</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running the membership-inference audit in %1 (the two reference models take most of the time; finished ones are kept in the lab)…</source>
        <translation>%1에서 멤버십 추론 감사를 실행 중 (시간은 대부분 두 참조 모델에 들며, 끝난 모델은 랩에 남습니다)…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>This run computes with %n LibTorch thread(s) (Run &gt; LibTorch Threads).</source>
        <translation>
            <numerusform>이 실행은 LibTorch 스레드 %n개로 계산합니다 (실행 &gt; LibTorch 스레드).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Step %1 of %2: %3…</source>
        <translation>%2단계 중 %1단계: %3…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unchanged, kept from the lab.</source>
        <translation>%1: 변경 없음, 랩에 있던 결과를 사용합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished in %2 s: %3</source>
        <translation>%1 완료 (%2초): %3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="-74"/>
        <source>Rate &amp;Images…</source>
        <translation>이미지 평가(&amp;I)…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New lab: choose an empty folder</source>
        <translation>새 랩: 빈 폴더 선택</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is not empty.</source>
        <translation>폴더 %1이(가) 비어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an empty folder, or create a new one in the dialog.</source>
        <translation>빈 폴더를 선택하거나 대화 상자에서 새 폴더를 만드세요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Did not open %1: the folder does not exist.</source>
        <translation>%1을(를) 열지 않았습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the lab folder %1.</source>
        <translation>랩 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that its parent folder exists and can be written, or choose another place.</source>
        <translation>상위 폴더가 있고 쓰기 가능한지 확인하거나 다른 위치를 선택하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lab folder missing</source>
        <translation>랩 폴더 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab folder %1 does not exist.</source>
        <translation>랩 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new, empty lab there? Nothing runs until you start a step.</source>
        <translation>그곳에 새 빈 랩을 만들까요? 단계를 시작하기 전에는 아무것도 실행되지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Lab</source>
        <translation>랩 만들기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a lab folder</source>
        <translation>랩 폴더 열기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the report…</source>
        <translation>보고서를 작성하는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Report written to %1.</source>
        <translation>보고서를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be written.
%1</source>
        <translation>보고서를 저장할 수 없습니다.
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to, and make sure the lab has results.</source>
        <translation>쓰기 가능한 폴더를 선택하고 랩에 결과가 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The encrypted model could not be copied to %1.</source>
        <translation>암호화된 모델을 %1(으)로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the Encrypt step first, and choose a place you can write to.</source>
        <translation>먼저 암호화 단계를 실행하고 쓰기 가능한 위치를 선택하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted model saved as %1.</source>
        <translation>암호화된 모델을 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the report into a folder</source>
        <translation>보고서를 폴더로 내보내기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the encrypted model</source>
        <translation>암호화된 모델 내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PrivateSNN archives (*.psnn)</source>
        <translation>PrivateSNN 아카이브 (*.psnn)</translation>
    </message>
</context>
<context>
    <name>psnn::MembershipPanel</name>
    <message>
        <location filename="../widgets/pages/membershippanel.cpp" line="+46"/>
        <source>Run membership audit</source>
        <translation>멤버십 추론 감사 실행</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Can an attacker who sees only a network&apos;s outputs tell whether a record was in the teacher&apos;s training data? The loss attack, offline LiRA and offline RMIA (two reference models of the teacher&apos;s shape, trained here and kept in the lab) attack the ANN, the converted and the encrypted SNN on the same 2,000 members and 2,000 held-out records.</source>
        <translation>네트워크의 출력만 보는 공격자가 어떤 레코드가 교사의 학습 데이터에 있었는지 알아낼 수 있을까요? 손실 공격, 오프라인 LiRA, 오프라인 RMIA(교사와 같은 형태의 참조 모델 두 개를 여기서 학습해 랩에 보관)가 같은 멤버 2,000개와 보류된 레코드 2,000개로 ANN, 변환된 SNN, 암호화된 SNN을 공격합니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bundled teacher&apos;s: fashion-mnist:train</source>
        <translation>내장 교사의 데이터: fashion-mnist:train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The teacher&apos;s training data, as a data spec (fashion-mnist:train, idx:DIR:train, an image folder, …). Needed for any teacher but the bundled one.</source>
        <translation>교사의 학습 데이터를 가리키는 데이터 지정(fashion-mnist:train, idx:DIR:train, 이미지 폴더, …). 내장 교사가 아니면 반드시 필요합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bundled teacher&apos;s: fashion-mnist:test</source>
        <translation>내장 교사의 데이터: fashion-mnist:test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out data of the same classes that the teacher never saw, as a data spec.</source>
        <translation>교사가 본 적 없는 같은 클래스의 보류 데이터를 가리키는 데이터 지정.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data (members)</source>
        <translation>학습 데이터 (멤버)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out data (non-members)</source>
        <translation>보류 데이터 (비멤버)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readout</source>
        <translation>판독</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attack</source>
        <translation>공격</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AUC [95 % interval]</source>
        <translation>AUC [95 % 구간]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPR at 0.1 % FPR</source>
        <translation>0.1 % FPR에서의 TPR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TPR at 1 % FPR [95 % interval]</source>
        <translation>1 % FPR에서의 TPR [95 % 구간]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No membership audit in this lab yet.</source>
        <translation>이 랩에는 아직 멤버십 추론 감사가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks finished so far: %1.</source>
        <translation>지금까지 끝난 공격: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> (unresolved)</source>
        <translation> (구분 불가)</translation>
    </message>
</context>
<context>
    <name>psnn::ModelSummary</name>
    <message>
        <location filename="../widgets/pages/modelsummary.cpp" line="+37"/>
        <source>none recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs per image</source>
        <translation>이미지당 MACs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded test accuracy</source>
        <translation>기록된 테스트 정확도</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model loaded yet. Open a TorchScript file saved with &lt;i&gt;torch.jit.save&lt;/i&gt; (.pt) or a PrivateSNN archive (.psnn), or try the bundled demo network.</source>
        <translation>아직 불러온 모델이 없습니다. &lt;i&gt;torch.jit.save&lt;/i&gt;로 저장한 TorchScript 파일(.pt)이나 PrivateSNN 아카이브(.psnn)를 열거나, 내장 데모 네트워크를 사용해 보세요.</translation>
    </message>
</context>
<context>
    <name>psnn::PresenterView</name>
    <message>
        <location filename="../widgets/pages/presenterview.cpp" line="+46"/>
        <source>class-1</source>
        <translation>class-1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PrivateSNN Lab — classroom view</source>
        <translation>PrivateSNN Lab — 교실 보기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The class sees the images an attacker recovered from the network, one at a time and blind. Ask the room which class each shows and type its answer (0–9, ? for can&apos;t tell); Space reveals the class the image was made for and what two judge networks said. The room&apos;s answers are saved as one rating session under the id below, and a session that stopped continues with the same id.</source>
        <translation>학생들은 공격자가 네트워크에서 복원한 이미지를 가린 채 한 장씩 봅니다. 각 이미지가 어떤 클래스인지 교실에 묻고 그 답을 입력하세요(0–9, 모르겠으면 ?). 스페이스를 누르면 이미지가 만들어진 클래스와 두 판정 네트워크의 답을 공개합니다. 교실의 답은 아래 ID의 평가 세션 하나로 저장되며, 중단된 세션은 같은 ID로 이어집니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room&apos;s rater id:</source>
        <translation>교실의 평가자 ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images of each attack, model and point:</source>
        <translation>공격·모델·지점별 이미지 수:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start (Enter)</source>
        <translation>시작 (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before and after (B)</source>
        <translation>전과 후 (B)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attack image</source>
        <translation>공격 이미지</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>0–9: the room&apos;s answer   ?: can&apos;t tell   Space: reveal   ←/→: previous/next   B: before and after   Ctrl+plus/minus: zoom   F11: full screen   Esc: leave</source>
        <translation>0–9: 교실의 답   ?: 모르겠음   Space: 공개   ←/→: 이전/다음   B: 전과 후   Ctrl+플러스/마이너스: 확대/축소   F11: 전체 화면   Esc: 나가기</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The rater id &quot;%1&quot; cannot be used: it must be 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>평가자 ID &quot;%1&quot;은(는) 사용할 수 없습니다: 문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 된 1~40자여야 하며 문자나 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The classroom view cannot start: %1 %2</source>
        <translation>교실 보기를 시작할 수 없습니다: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers saved as &quot;%1&quot;</source>
        <translation>답을 &quot;%1&quot;(으)로 저장</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Image %1 of %2</source>
        <translation>이미지 %1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image cannot be read.</source>
        <translation>이 이미지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That was the last image of this session (%1 images).</source>
        <translation>이 세션의 마지막 이미지였습니다(이미지 %1장).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 of %2 answered right (%3 × can&apos;t tell).</source>
        <translation>교실: %2개 중 %1개 정답 (모르겠음 %3회).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Judge 1</source>
        <translation>판정자 1</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Judge 2</source>
        <translation>판정자 2</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1: %2 of %3 right.</source>
        <translation>%1: %3개 중 %2개 정답.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: answers not recorded for these images.</source>
        <translation>%1: 이 이미지들에 대한 답이 기록되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n image(s) still without the room&apos;s answer: ← goes back to them.</source>
        <translation>
            <numerusform>교실의 답이 없는 이미지가 %n장 남았습니다: ←로 돌아갈 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc leaves the classroom view.</source>
        <translation>Esc를 누르면 교실 보기를 나갑니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 said: not recorded for this image</source>
        <translation>%1의 답: 이 이미지에 대해 기록되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 said: %2 ✓</source>
        <translation>%1의 답: %2 ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 said: %2 ✗</source>
        <translation>%1의 답: %2 ✗</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Made for: %1</source>
        <translation>목표 클래스: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The room: no answer</source>
        <translation>교실: 답 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: can&apos;t tell ✗</source>
        <translation>교실: 모르겠음 ✗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 ✓</source>
        <translation>교실: %1 ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 ✗</source>
        <translation>교실: %1 ✗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lab&apos;s own attacks</source>
        <translation>실험실 자체의 공격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1 on the %2 (%3)</source>
        <translation>출처: %2에 대한 %1 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room&apos;s answer: not given yet</source>
        <translation>교실의 답: 아직 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s answer: can&apos;t tell</source>
        <translation>교실의 답: 모르겠음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s answer: %1</source>
        <translation>교실의 답: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The answer could not be saved: %1 %2</source>
        <translation>답을 저장할 수 없습니다: %1 %2</translation>
    </message>
</context>
<context>
    <name>psnn::RatingDialog</name>
    <message>
        <location filename="../widgets/pages/ratingdialog.cpp" line="+34"/>
        <source>Every image</source>
        <translation>모든 이미지</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t tell (Space)</source>
        <translation>모르겠음 (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate images</source>
        <translation>이미지 평가</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You will see the images an attacker recovered from the network, one at a time and in a shuffled order. For each, choose the class you think it shows, or &quot;can&apos;t tell&quot;. Nothing tells you which class an image was made for. Every answer is saved at once: close the window at any time and continue later with the same rater id.</source>
        <translation>공격자가 네트워크에서 복원한 이미지를 한 장씩, 섞인 순서로 보게 됩니다. 각 이미지가 보여 준다고 생각하는 클래스를 고르거나 &quot;모르겠음&quot;을 선택하세요. 어떤 클래스를 위해 만든 이미지인지는 전혀 표시되지 않습니다. 모든 답은 즉시 저장되므로 언제든 창을 닫고 같은 평가자 ID로 나중에 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rater id:</source>
        <translation>평가자 ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. your initials</source>
        <translation>예: 이니셜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images of each attack, model and point:</source>
        <translation>공격·모델·지점별 이미지 수:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Undo the last answer</source>
        <translation>마지막 답 취소</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A new session rates %1 of the lab&apos;s %2 images, drawn blind so that every class comes up about as often. A rater id that already has a session continues it with its own images.</source>
        <translation>새 세션은 실험실 이미지 %2장 중 %1장을 평가합니다. 모든 클래스가 거의 같은 횟수로 나오도록 가린 채 뽑습니다. 이미 세션이 있는 평가자 ID는 그 세션의 이미지로 이어서 진행합니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The rater id &quot;%1&quot; cannot be used: it must be 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>평가자 ID &quot;%1&quot;은(는) 사용할 수 없습니다: 문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;로 된 1~40자여야 하며 문자나 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The images cannot be rated: %1 %2</source>
        <translation>이미지를 평가할 수 없습니다: %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate images — %1</source>
        <translation>이미지 평가 — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> It rated a sample of the lab&apos;s %1 images; a new rater id starts another sample.</source>
        <translation> 이 세션은 실험실 이미지 %1장 중 표본을 평가했습니다. 새 평가자 ID로 다른 표본을 시작할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is complete: all %1 of its images are rated. Thank you! Your answers are saved in the lab; the report&apos;s &quot;Human judge&quot; section summarises them.</source>
        <translation>이 세션이 완료되었습니다: 이미지 %1장을 모두 평가했습니다. 감사합니다! 답은 실험실에 저장되었으며 보고서의 &quot;사람 판정&quot; 절에 요약됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 of %2</source>
        <translation>이미지 %1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This image cannot be read. Answer &quot;can&apos;t tell&quot;, and tell the lab&apos;s owner to run the attack again.</source>
        <translation>이 이미지를 읽을 수 없습니다. &quot;모르겠음&quot;으로 답하고 실험실 소유자에게 공격을 다시 실행하라고 알려 주세요.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The answer could not be saved: %1 %2</source>
        <translation>답을 저장할 수 없습니다: %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The answer could not be taken back: %1</source>
        <translation>답을 취소할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>psnn::ReportPage</name>
    <message>
        <location filename="../widgets/pages/reportpage.cpp" line="+37"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How active and how costly the spiking networks are, and whether they leak. Run here runs every step that is not finished yet; the export writes an HTML, PDF and JSON report.</source>
        <translation>스파이킹 네트워크가 얼마나 활동적이고 비용이 드는지, 그리고 정보를 유출하는지 보여 줍니다. 여기서 실행하면 아직 끝나지 않은 모든 단계를 실행하며, 내보내기는 HTML, PDF, JSON 보고서를 씁니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export encrypted model…</source>
        <translation>암호화된 모델 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>보고서 열기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes report.html, report.pdf, report.json, CSV tables and plots into a folder</source>
        <translation>report.html, report.pdf, report.json, CSV 표와 그래프를 폴더에 씁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the encrypted spiking network (encrypted.psnn) out of the lab</source>
        <translation>암호화된 스파이킹 네트워크(encrypted.psnn)를 랩 밖으로 복사합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verdicts</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spike rate per layer (spikes per neuron per time step)</source>
        <translation>레이어별 스파이크 발생률 (뉴런당 시간 단계당 스파이크)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy per image</source>
        <translation>이미지당 에너지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much encryption is enough? (privacy-utility study)</source>
        <translation>암호화는 얼마나 필요한가? (프라이버시-유용성 연구)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Human judge</source>
        <translation>사람 판정</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membership inference</source>
        <translation>멤버십 추론</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No energy estimate yet: it comes with the accuracy measurement (Convert).</source>
        <translation>아직 에너지 추정이 없습니다. 정확도 측정(변환)과 함께 계산됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ANN %1, converted SNN %2</source>
        <translation>ANN %1, 변환된 SNN %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ANN %1, imported SNN %2</source>
        <translation>ANN %1, 가져온 SNN %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, encrypted SNN %1</source>
        <translation>, 암호화된 SNN %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 pJ per MAC, %2 pJ per accumulate).</source>
        <translation> (MAC당 %1 pJ, 누산당 %2 pJ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No verdicts yet: run the attacks first.</source>
        <translation>아직 판정이 없습니다. 먼저 공격을 실행하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no verdict</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>psnn::RunPanel</name>
    <message numerus="yes">
        <location filename="../widgets/pages/runpanel.cpp" line="+23"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>약 %1 남음</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled. The results of finished steps are kept; Run continues from there.</source>
        <translation>취소되었습니다. 끝난 단계의 결과는 유지되며, 실행하면 거기서부터 이어집니다.</translation>
    </message>
</context>
<context>
    <name>psnn::SettingsForm</name>
    <message>
        <location filename="../widgets/pages/settingsform.cpp" line="+154"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>0에서 %1 사이의 클래스 번호 목록이 아닙니다 (예: &quot;0, 2&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not a list of class numbers from 0 to %1, such as &quot;0, 2&quot;.</source>
        <translation>0에서 %1 사이의 클래스 번호 목록이 아닙니다 (예: &quot;0, 2&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a list of class numbers, such as &quot;0, 2&quot;.</source>
        <translation>클래스 번호 목록이 아닙니다 (예: &quot;0, 2&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no class %1: the model&apos;s classes are 0 to %2.</source>
        <translation>클래스 %1은(는) 없습니다: 모델의 클래스는 0부터 %2까지입니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1에서 %2 사이의 정수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number more than %1</source>
        <translation>%1에서 %2 사이의 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number of %1 or more</source>
        <translation>%1 이상인 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number from %1 to %2</source>
        <translation>%1에서 %2 사이의 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number more than %1, up to %2</source>
        <translation>필수: %1.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Required: %1.</source>
        <translation>필수: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not %1.</source>
        <translation>%1이(가) 아닙니다.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Out of range: %1.</source>
        <translation>범위를 벗어남: %1.</translation>
    </message>
</context>
<context>
    <name>psnn::StepList</name>
    <message>
        <location filename="../widgets/pages/steplist.cpp" line="+145"/>
        <source>%1 (out of date)</source>
        <translation>%1 (오래됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished, out of date</source>
        <translation>완료, 오래됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>psnn::StepPage</name>
    <message>
        <location filename="../widgets/pages/steppage.cpp" line="+26"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Fix the settings marked in red first.</source>
        <translation>먼저 빨간색으로 표시된 설정을 고치세요.</translation>
    </message>
</context>
<context>
    <name>psnn::StudyLive</name>
    <message>
        <location filename="../widgets/pages/studylive.cpp" line="+48"/>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distillation</source>
        <translation>증류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
</context>
<context>
    <name>psnn::StudyPanel</name>
    <message>
        <location filename="../widgets/pages/studypanel.cpp" line="+41"/>
        <source>Run study</source>
        <translation>연구 실행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same SNN defended at several strengths (encryption doses, noise of equal weight drift, distillation from a random init), each attacked with at least 100 images by several attacks and scored by two judges: a point leaks when any attack leaks for any judge (at a level corrected for their number) and is protected only when all are. Points appear as they finish; a stopped study resumes where it stopped.</source>
        <translation>같은 SNN을 여러 강도(암호화 용량, 같은 가중치 변화의 잡음, 무작위 초기화에서의 증류)로 방어하고, 각각 여러 공격으로 최소 100장의 이미지를 만들어 두 판정자가 채점합니다: 어떤 판정자에게든 어떤 공격이 유출되면(그 수에 맞게 보정한 수준에서) 지점은 유출이며, 모두 보호될 때만 보호됨입니다. 지점은 끝나는 대로 나타나며, 중단된 연구는 멈춘 곳에서 이어집니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default grid (54 jobs, about 30 minutes on the demo, 2 cores)</source>
        <translation>기본 격자 (작업 54개, 데모에서 약 30분, 코어 2개)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick grid (a few minutes)</source>
        <translation>빠른 격자 (몇 분)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second judge:</source>
        <translation>두 번째 판정자:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bundled (with the bundled judge)</source>
        <translation>번들(번들 판정자와 함께)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second classifier of another shape, trained on other data, that decides the verdicts with the judge: protected only when both say so. A model file, or &quot;none&quot; for one judge.</source>
        <translation>다른 구조로 다른 데이터에서 학습한 두 번째 분류기로, 판정자와 함께 판정을 내립니다: 둘 다 보호됨이라고 할 때만 보호됨입니다. 모델 파일, 또는 판정자 하나만 쓰려면 &quot;none&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hover a point for its values, click it for its attack images; drag a rectangle or Ctrl+wheel to zoom.</source>
        <translation>점 위에 마우스를 올리면 값이, 클릭하면 공격 이미지가 보입니다. 사각형을 끌거나 Ctrl+휠로 확대합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all points</source>
        <translation>모든 점 보기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Defence</source>
        <translation>방어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SNN accuracy</source>
        <translation>SNN 정확도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strongest attack</source>
        <translation>가장 강한 공격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge accuracy
[95 % interval]</source>
        <translation>판정자 정확도
[95 % 구간]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict
(all attacks and judges)</source>
        <translation>판정
(모든 공격과 판정자)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People
[exact 95 % interval]</source>
        <translation>사람
[정확한 95 % 구간]</translation>
    </message>
    <message numerus="yes">
        <location line="+202"/>
        <source>%n images per attack give intervals too wide to act on: run the default grid (100 per attack) for verdicts.</source>
        <translation>
            <numerusform>공격당 이미지 %n장으로는 구간이 너무 넓어 판단의 근거가 되지 못합니다: 판정을 얻으려면 기본 격자(공격당 100장)를 실행하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the lab (synthesis and conversion, kept when unchanged)…</source>
        <translation>랩 준비 중 (합성과 변환, 바뀌지 않았으면 유지)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 % — point %2 of %3</source>
        <translation>%1 % — 점 %2/%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now computing point %1 of %2: %3. Its training losses and each attack&apos;s current image of every class, as they form:</source>
        <translation>점 %1/%2 계산 중: %3. 학습 손실과 각 공격의 클래스별 현재 이미지가 만들어지는 대로 표시됩니다:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attack images of %1 (%2), the first of its %3 defence seeds</source>
        <translation>%1 (%2)의 공격 이미지, 방어 시드 %3개 중 첫 번째</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack images of %1 (%2)</source>
        <translation>%1 (%2)의 공격 이미지</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Second judge</source>
        <translation>두 번째 판정자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth *.ptl *.psnn);;All files (*)</source>
        <translation>모델 (*.pt *.pth *.ptl *.psnn);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No study in this lab yet.</source>
        <translation>이 랩에는 아직 연구가 없습니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
</context>
<context>
    <name>psnn::StudyPointImages</name>
    <message>
        <location filename="../widgets/pages/studypointimages.cpp" line="+47"/>
        <source>Click a point of the frontier or a row of the table to see its attack images.</source>
        <translation>경계의 점이나 표의 행을 클릭하면 공격 이미지가 보입니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>class %1</source>
        <translation>클래스 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attack images were kept for this point (a study run before images were kept, or the point has not finished). Run the study again to make them.</source>
        <translation>이 점의 공격 이미지가 저장되지 않았습니다 (이미지를 저장하기 전의 연구이거나 점이 끝나지 않음). 연구를 다시 실행하면 만들어집니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The point&apos;s attack images cannot be shown: %1</source>
        <translation>이 점의 공격 이미지를 표시할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 on the %2: %n images, each captioned with the class it was made for</source>
        <translation>
            <numerusform>%2에 대한 %1: 이미지 %n개, 각각 만들어진 대상 클래스가 표시됨</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, made for the class %2</source>
        <translation>%1, 클래스 %2용</translation>
    </message>
</context>
<context>
    <name>psnn::SynthesizePage</name>
    <message>
        <location filename="../widgets/pages/synthesizepage.cpp" line="+26"/>
        <source>Synthesize images</source>
        <translation>이미지 합성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate class-conditioned images from the ANN itself, so no training data is needed. Each image is optimised until the ANN&apos;s output matches a soft label drawn from the classes&apos; similarity.</source>
        <translation>ANN 자체에서 클래스 조건부 이미지를 생성하므로 학습 데이터가 필요 없습니다. 각 이미지는 ANN의 출력이 클래스 유사도에서 뽑은 소프트 레이블과 일치할 때까지 최적화됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This lab recorded no loss curve (it was made by an older version). Run this step again to see it.</source>
        <translation>이 랩에는 손실 곡선이 기록되지 않았습니다(이전 버전에서 만들어졌습니다). 곡선을 보려면 이 단계를 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Class similarity of the ANN&apos;s last layer</source>
        <translation>ANN 마지막 레이어의 클래스 유사도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss (live while synthesis runs)</source>
        <translation>손실 (합성 중 실시간)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synthetic images by class</source>
        <translation>클래스별 합성 이미지</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimisation step</source>
        <translation>최적화 단계</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>soft-label cross entropy</source>
        <translation>소프트 레이블 교차 엔트로피</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No synthetic images yet. Run this step to make them.</source>
        <translation>아직 합성 이미지가 없습니다. 이미지를 만들려면 이 단계를 실행하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 images (%2 per class) in %3 s. The ANN agrees with the intended class for %4 % of them; mean final loss %5, diversity %6.</source>
        <translation>이미지 %1장 (클래스당 %2장), %3초. ANN이 그중 %4 %에서 의도한 클래스와 일치합니다. 평균 최종 손실 %5, 다양성 %6.</translation>
    </message>
</context>
<context>
    <name>psnn::Worker</name>
    <message>
        <location filename="../app/bridge/worker.cpp" line="+85"/>
        <source>Could not set the number of LibTorch threads.</source>
        <translation>LibTorch 스레드 수를 설정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (set in the import settings)</source>
        <translation> (가져오기 설정에서 지정)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the import settings set another)</source>
        <translation>; 가져오기 설정에서 바꿀 수 있음)</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>NIR&apos;s IF neuron resets to v_reset, while this network subtracts the threshold; the file records reset_method = &quot;subtract&quot; in its metadata. snnTorch, Sinabs and SpiNNaker2 reset by subtraction, Norse and Lava-DL reset to v_reset and lose accuracy.</source>
        <translation>NIR의 IF 뉴런은 v_reset으로 재설정되지만 이 네트워크는 임계값을 뺍니다. 파일 메타데이터에 reset_method = &quot;subtract&quot;가 기록됩니다. snnTorch, Sinabs, SpiNNaker2는 임계값을 빼서 재설정하고, Norse와 Lava-DL은 v_reset으로 재설정하므로 정확도가 떨어집니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>The export to %1 failed: %2</source>
        <translation>%1(으)로 내보내기에 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please report this with the lab folder.</source>
        <translation>랩 폴더와 함께 이 문제를 보고해 주세요.</translation>
    </message>
</context>
</TS>
